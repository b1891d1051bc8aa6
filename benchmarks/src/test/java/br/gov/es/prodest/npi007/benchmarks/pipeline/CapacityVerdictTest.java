package br.gov.es.prodest.npi007.benchmarks.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CapacityVerdictTest {

  private static final List<Integer> STEADY = List.of(8, 10, 9, 11, 10, 9, 10, 8, 11);
  private static final List<Integer> GROWING = List.of(5, 10, 15, 20, 25, 30, 35, 40, 45);

  private static StepFigures step(double offered, double achieved, List<Integer> backlog) {
    return new StepFigures(offered, achieved, 0, backlog);
  }

  @Test
  void aStepThatKeptUpWithASteadyBacklogHolds() {
    assertThat(CapacityVerdict.held(step(20, 19.5, STEADY))).isTrue();
  }

  @Test
  void achievingLessThanNinetyFivePercentDoesNotHold() {
    assertThat(CapacityVerdict.held(step(20, 18.9, STEADY))).isFalse();
    assertThat(CapacityVerdict.held(step(20, 19.0, STEADY))).isTrue();
  }

  @Test
  void aGrowingBacklogDoesNotHoldEvenAtTheOfferedRate() {
    assertThat(CapacityVerdict.held(step(20, 20, GROWING))).isFalse();
  }

  @Test
  void droppingRequestsAtTheDriversBoundDoesNotHold() {
    assertThat(CapacityVerdict.held(new StepFigures(20, 20, 3, STEADY))).isFalse();
  }

  @Test
  void smallWobblesOfANearlyEmptyBacklogAreNotGrowth() {
    assertThat(CapacityVerdict.backlogGrew(List.of(0, 0, 1, 0, 2, 1, 1, 2, 2))).isFalse();
    assertThat(CapacityVerdict.backlogGrew(List.of(3))).isFalse();
  }

  @Test
  void theHighestHeldIsTheLastStepBeforeTheFirstFailure() {
    List<StepFigures> steps = List.of(step(10, 10, STEADY), step(20, 19.8, STEADY), step(50, 31, GROWING),
        step(100, 100, STEADY));
    assertThat(CapacityVerdict.highestHeld(steps)).contains(20.0);
  }

  @Test
  void noRateHeldWhenTheFirstStepFails() {
    assertThat(CapacityVerdict.highestHeld(List.of(step(10, 5, GROWING)))).isEmpty();
  }
}
