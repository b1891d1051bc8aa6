package br.gov.es.prodest.npi007.benchmarks.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class SeedOptionsTest {

  @Test
  void theEventsAreRequiredAndTheRateHasASafeDefault() {
    assertThat(SeedOptions.parse("1_000_000")).isEqualTo(new SeedOptions(1_000_000, 200, 32, 60));
    assertThat(SeedOptions.parse("20000", "--rate", "50").rate()).isEqualTo(50);
    assertThatIllegalArgumentException().isThrownBy(SeedOptions::parse);
    assertThatIllegalArgumentException().isThrownBy(() -> SeedOptions.parse("10", "--rate"));
    assertThatIllegalArgumentException().isThrownBy(() -> SeedOptions.parse("10", "--speed", "2"));
  }
}
