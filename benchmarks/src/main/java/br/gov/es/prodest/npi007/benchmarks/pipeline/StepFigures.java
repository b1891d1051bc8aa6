package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.util.List;

/**
 * What one open-loop step measured, as the capacity verdict needs it: the rate offered, the rate of
 * 201 answers achieved, and the backlog (requests not yet answered plus reports whose 6.1 is not yet
 * rendered) sampled at regular instants through the step.
 */
record StepFigures(double offeredPerSecond, double achievedPerSecond, int dropped, List<Integer> backlogSamples) {

  StepFigures {
    backlogSamples = List.copyOf(backlogSamples);
  }
}
