package br.gov.es.prodest.npi007.gateway.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.gov.es.prodest.npi007.gateway.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The status pages reach the notification-service about once per ttl, however many read them. */
class StatusCacheTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T17:00:00Z"));
  private final StatusCache cache = new StatusCache(clock, Duration.ofSeconds(2), 3);
  private final AtomicInteger fetches = new AtomicInteger();

  @Test
  void readers_within_the_ttl_share_one_fetch() {
    for (int reader = 0; reader < 100; reader++) {
      assertThat(cache.get("summary", this::fetch)).isEqualTo("resposta 1");
    }

    assertThat(fetches).hasValue(1);
  }

  @Test
  void an_answer_older_than_the_ttl_is_fetched_again() {
    cache.get("summary", this::fetch);
    clock.advance(Duration.ofSeconds(2));

    assertThat(cache.get("summary", this::fetch)).isEqualTo("resposta 2");
  }

  @Test
  void a_failure_is_not_kept() {
    assertThatThrownBy(() -> cache.get("summary", () -> {
      throw new IllegalStateException("fora do ar");
    })).hasMessage("fora do ar");

    assertThat(cache.get("summary", this::fetch)).isEqualTo("resposta 1");
  }

  @Test
  void beyond_its_bound_answers_are_fetched_without_being_kept() {
    cache.get("a", this::fetch);
    cache.get("b", this::fetch);
    cache.get("c", this::fetch);

    cache.get("d", this::fetch);
    cache.get("d", this::fetch);
    clock.advance(Duration.ofSeconds(3));
    cache.get("e", this::fetch);
    cache.get("e", this::fetch);

    assertThat(fetches).hasValue(6);
  }

  private String fetch() {
    return "resposta " + fetches.incrementAndGet();
  }
}
