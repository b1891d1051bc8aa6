package br.gov.es.prodest.npi007.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProcStatTest {

  /** A real line of /proc/<pid>/stat of a JVM (fields past the 20th cut). */
  private static final String JAVA = "4242 (java) S 4200 4242 4200 0 -1 4194560 51234 0 12 0 1520 388 0 0 20 0 "
      + "61 0 123456 4123456789 98765";

  @Test
  void readsTheParentAndUserPlusSystemTicks() {
    assertThat(ProcStat.parse(JAVA)).contains(new ProcStat(4242, 4200, 1520 + 388));
  }

  @Test
  void aCommandNameWithBlanksAndParenthesesDoesNotShiftTheFields() {
    String odd = "77 (my (odd) name) R 1 77 77 0 -1 0 0 0 0 0 5 7 0 0 20 0 1 0 1 1 1";
    assertThat(ProcStat.parse(odd)).contains(new ProcStat(77, 1, 12));
  }

  @Test
  void readsWhenTheProcessStartedInTicksAfterBoot() {
    assertThat(ProcStat.startTicks(JAVA)).hasValue(123456);
    assertThat(ProcStat.startTicks("12 (java) S 1 2 3")).isEmpty();
  }

  @Test
  void aTruncatedOrEmptyLineIsNothing() {
    assertThat(ProcStat.parse("")).isEmpty();
    assertThat(ProcStat.parse("12 (java) S 1 2 3")).isEmpty();
  }

  @Test
  void theDriversOwnProcessParses() throws Exception {
    String own = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/self/stat"));
    assertThat(ProcStat.parse(own)).hasValueSatisfying(stat -> assertThat(stat.cpuTicks()).isNotNegative());
  }
}
