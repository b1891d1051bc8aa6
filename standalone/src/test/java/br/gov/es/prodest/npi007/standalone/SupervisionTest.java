package br.gov.es.prodest.npi007.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupervisionTest {

  private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");

  @Test
  void theBackOffDoublesFromAQuarterOfASecondUpToThirtyAndAServiceIsStartedAgainFiveTimesInTenMinutesAtMost() {
    Supervision supervision = Supervision.DEFAULT;

    assertThat(supervision.nextDelay(List.of(), NOW)).contains(Duration.ofMillis(250));
    assertThat(supervision.nextDelay(ago(10), NOW)).contains(Duration.ofMillis(500));
    assertThat(supervision.nextDelay(ago(10, 20, 30, 40), NOW)).contains(Duration.ofSeconds(4));
    assertThat(supervision.nextDelay(ago(10, 20, 30, 40, 50), NOW)).isEmpty();
    assertThat(new Supervision(Duration.ofSeconds(1), Duration.ofSeconds(30), 10, Duration.ofMinutes(10),
        Duration.ofSeconds(30), Duration.ofSeconds(1), Duration.ofSeconds(5))
        .nextDelay(ago(10, 20, 30, 40, 50, 60), NOW)).contains(Duration.ofSeconds(30));
  }

  @Test
  void restartsOlderThanTheWindowNoLongerCount() {
    List<Instant> longAgo = List.of(NOW.minus(Duration.ofMinutes(11)), NOW.minus(Duration.ofMinutes(12)),
        NOW.minus(Duration.ofMinutes(13)), NOW.minus(Duration.ofMinutes(14)), NOW.minus(Duration.ofMinutes(15)));

    assertThat(Supervision.DEFAULT.nextDelay(longAgo, NOW)).isEqualTo(Optional.of(Duration.ofMillis(250)));
  }

  private static List<Instant> ago(long... seconds) {
    return java.util.Arrays.stream(seconds).mapToObj(s -> NOW.minusSeconds(s)).toList();
  }
}
