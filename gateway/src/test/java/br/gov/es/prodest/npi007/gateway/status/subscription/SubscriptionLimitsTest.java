package br.gov.es.prodest.npi007.gateway.status.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.gateway.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubscriptionLimitsTest {

  private final MovableClock clock = new MovableClock(Instant.parse("2026-12-05T12:00:00Z"));

  @Test
  void a_key_gets_max_requests_per_sliding_window_and_refusals_do_not_extend_it() {
    SubscriptionLimits limits = new SubscriptionLimits(2, Duration.ofMinutes(10), 100, clock);

    assertThat(limits.tryAcquire("a")).isTrue();
    clock.advance(Duration.ofMinutes(5));
    assertThat(limits.tryAcquire("a")).isTrue();
    assertThat(limits.tryAcquire("a")).isFalse();
    assertThat(limits.tryAcquire("b")).as("another key has its own count").isTrue();
    clock.advance(Duration.ofMinutes(5));
    assertThat(limits.tryAcquire("a")).as("the first request left the window").isTrue();
    assertThat(limits.tryAcquire("a")).isFalse();
  }

  @Test
  void when_every_kept_key_is_still_counting_a_new_key_is_refused_until_one_expires() {
    SubscriptionLimits limits = new SubscriptionLimits(1, Duration.ofMinutes(10), 2, clock);
    assertThat(limits.tryAcquire("a")).isTrue();
    assertThat(limits.tryAcquire("b")).isTrue();

    assertThat(limits.tryAcquire("c")).isFalse();
    clock.advance(Duration.ofMinutes(10));
    assertThat(limits.tryAcquire("c")).isTrue();
  }

  @Test
  void the_abuse_limits_count_an_address_whatever_its_case() {
    SubscriptionAbuseLimits limits = new SubscriptionAbuseLimits(clock);
    for (int i = 0; i < SubscriptionAbuseLimits.PER_EMAIL; i++) {
      assertThat(limits.emailAllowed("Maria@Exemplo.es.gov.br")).isTrue();
    }
    assertThat(limits.emailAllowed("maria@exemplo.es.gov.br")).isFalse();
    clock.advance(SubscriptionAbuseLimits.EMAIL_WINDOW);
    assertThat(limits.emailAllowed("maria@exemplo.es.gov.br")).isTrue();
  }
}
