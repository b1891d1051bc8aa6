package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.util.List;
import java.util.Optional;

/**
 * Whether a step held its offered rate, and the highest rate a run of steps held. A step holds when
 * it achieved at least 95 % of the offered rate, dropped nothing at the driver's bound, and its
 * backlog did not grow: the mean of the last third of the samples is within 50 % (plus two requests
 * of slack, for the noise of small numbers) of the mean of the first third. A steady system keeps its
 * backlog near rate × latency (Little's law); one that falls behind adds to it every second.
 */
final class CapacityVerdict {

  static final double MIN_ACHIEVED_FRACTION = 0.95;
  private static final double GROWTH_FACTOR = 1.5;
  private static final double GROWTH_SLACK = 2;

  private CapacityVerdict() {
  }

  static boolean held(StepFigures step) {
    return step.achievedPerSecond() >= MIN_ACHIEVED_FRACTION * step.offeredPerSecond()
        && step.dropped() == 0
        && !backlogGrew(step.backlogSamples());
  }

  static boolean backlogGrew(List<Integer> samples) {
    int third = samples.size() / 3;
    if (third == 0) {
      return false;
    }
    double first = mean(samples.subList(0, third));
    double last = mean(samples.subList(samples.size() - third, samples.size()));
    return last > GROWTH_FACTOR * first + GROWTH_SLACK;
  }

  /** The offered rate of the last step held before the first that did not; empty when the first failed. */
  static Optional<Double> highestHeld(List<StepFigures> steps) {
    Optional<Double> highest = Optional.empty();
    for (StepFigures step : steps) {
      if (!held(step)) {
        break;
      }
      highest = Optional.of(step.offeredPerSecond());
    }
    return highest;
  }

  private static double mean(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).average().orElse(0);
  }
}
