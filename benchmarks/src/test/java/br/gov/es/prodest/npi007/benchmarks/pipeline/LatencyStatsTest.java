package br.gov.es.prodest.npi007.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {

  private static LatencyStats millisOneTo(int n) {
    return LatencyStats.of(IntStream.rangeClosed(1, n).mapToObj(Duration::ofMillis).toList());
  }

  @Test
  void nearestRankPercentilesOfOneToHundred() {
    LatencyStats stats = millisOneTo(100);
    assertThat(stats.median()).isEqualTo(Duration.ofMillis(50));
    assertThat(stats.percentile(95)).isEqualTo(Duration.ofMillis(95));
    assertThat(stats.percentile(99)).isEqualTo(Duration.ofMillis(99));
    assertThat(stats.max()).isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void samplesInAnyOrder() {
    LatencyStats stats = LatencyStats.of(List.of(Duration.ofMillis(30), Duration.ofMillis(10), Duration.ofMillis(20)));
    assertThat(stats.median()).isEqualTo(Duration.ofMillis(20));
    assertThat(stats.line()).startsWith("n=3  mediana=20.0 ms");
  }

  @Test
  void noSamplesIsZeroNotAnError() {
    assertThat(LatencyStats.of(List.of()).percentile(99)).isZero();
  }

  @Test
  void refusesAPercentileOutOfRange() {
    assertThatThrownBy(() -> millisOneTo(3).percentile(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
