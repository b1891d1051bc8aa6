package br.gov.es.prodest.npi007.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {

  @Test
  void defaultsAreAnOpenLoopOfTwentyPerSecondForThirtySeconds() {
    BenchOptions options = BenchOptions.parse();
    assertThat(options.capacity()).isFalse();
    assertThat(options.rate()).isEqualTo(20);
    assertThat(options.seconds()).isEqualTo(30);
    assertThat(options.idleSeconds()).isEqualTo(30);
    assertThat(options.maxOutstanding()).isEqualTo(10_000);
    assertThat(options.pollsOutbox()).isTrue();
  }

  @Test
  void readsTheCapacityModeAndItsSteps() {
    BenchOptions options = BenchOptions.parse("capacity", "--steps", "10,20,50", "--step-seconds", "15",
        "--idle-seconds", "0", "--poll-ms", "0");
    assertThat(options.capacity()).isTrue();
    assertThat(options.steps()).containsExactly(10.0, 20.0, 50.0);
    assertThat(options.stepSeconds()).isEqualTo(15);
    assertThat(options.idleSeconds()).isZero();
    assertThat(options.pollsOutbox()).isFalse();
    assertThat(BenchOptions.parse("--rate", "10", "--seconds", "20", "--deadline-seconds", "5"))
        .extracting(BenchOptions::rate, BenchOptions::seconds, BenchOptions::deadline)
        .containsExactly(10.0, 20.0, Duration.ofSeconds(5));
    assertThat(BenchOptions.parse("--capacity").steps()).isEqualTo(List.of(10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0));
  }

  @Test
  void refusesUnknownOptionsMissingValuesAndRatesThatAreNotPositive() {
    assertThatThrownBy(() -> BenchOptions.parse("--speed", "3")).hasMessageContaining("--speed");
    assertThatThrownBy(() -> BenchOptions.parse("--rate")).hasMessageContaining("falta o valor");
    assertThatThrownBy(() -> BenchOptions.parse("--rate", "0")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BenchOptions.parse("--rate", "dez")).hasMessageContaining("não é um número");
  }
}
