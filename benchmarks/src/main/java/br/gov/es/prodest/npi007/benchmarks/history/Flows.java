package br.gov.es.prodest.npi007.benchmarks.history;

import java.time.Clock;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Which flow the seed starts next: about one maintenance for every six incidents, each flow drawn
 * from its own seeded random so that a run's mix is reproducible.
 */
final class Flows {

  static final double MAINTENANCE_SHARE = 0.15;

  private final String run;
  private final List<String> organs;
  private final Clock clock;
  private final long seed;

  Flows(String run, List<String> organs, Clock clock, long seed) {
    if (organs.size() < 2) {
      throw new IllegalArgumentException("são precisos ao menos dois órgãos que relatam");
    }
    this.run = run;
    this.organs = List.copyOf(organs);
    this.clock = clock;
    this.seed = seed;
  }

  Flow start(long number) {
    SplittableRandom random = new SplittableRandom(seed * 1_000_003L + number);
    return random.nextDouble() < MAINTENANCE_SHARE ? new MaintenanceFlow(run, number, clock, random)
        : new IncidentFlow(run, number, organs, random);
  }
}
