package br.gov.es.prodest.npi007.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OpenLoopScheduleTest {

  @Test
  void requestsLeaveAtStartPlusIndexOverRate() {
    OpenLoopSchedule schedule = OpenLoopSchedule.of(1_000, 20, 30);
    assertThat(schedule.count()).isEqualTo(600);
    assertThat(schedule.intendedNanos(0)).isEqualTo(1_000);
    assertThat(schedule.intendedNanos(1)).isEqualTo(1_000 + 50_000_000);
    assertThat(schedule.intendedNanos(599)).isEqualTo(1_000 + 599 * 50_000_000L);
    assertThat(schedule.seconds()).isEqualTo(30.0);
  }

  @Test
  void aFractionalRateKeepsItsSpacingWithoutDrift() {
    OpenLoopSchedule schedule = OpenLoopSchedule.of(0, 3, 10);
    assertThat(schedule.count()).isEqualTo(30);
    assertThat(schedule.intendedNanos(1)).isEqualTo(333_333_333);
    assertThat(schedule.intendedNanos(3)).isEqualTo(1_000_000_000);
    assertThat(schedule.intendedNanos(29)).isEqualTo(9_666_666_667L);
  }

  @Test
  void aShortScheduleStillSendsOne() {
    assertThat(OpenLoopSchedule.of(0, 0.5, 1).count()).isEqualTo(1);
  }

  @Test
  void refusesARateThatIsNotPositiveAndAnIndexPastTheEnd() {
    assertThatThrownBy(() -> OpenLoopSchedule.of(0, 0, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OpenLoopSchedule.of(0, 10, 1).intendedNanos(10))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
