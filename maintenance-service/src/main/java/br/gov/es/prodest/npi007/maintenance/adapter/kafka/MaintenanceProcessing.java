package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import br.gov.es.prodest.npi007.maintenance.domain.OpenWindow;
import br.gov.es.prodest.npi007.maintenance.domain.Policy;
import br.gov.es.prodest.npi007.processing.ProcessingTelemetry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the maintenance processor needs from outside the topology.
 *
 * @param clock         the time timers fire at; tests replace it to run in simulated time
 * @param policy        minimum notice and reminder leads
 * @param openWindows   the open maintenances of every partition, from the register, for the overlap check
 *                      against maintenances another task decides
 * @param timerInterval how often each task looks for due timers (wall-clock punctuation)
 * @param telemetry     the domain's meters and the records' traces
 */
public record MaintenanceProcessing(Clock clock, Policy policy, Supplier<List<OpenWindow>> openWindows,
    Duration timerInterval, ProcessingTelemetry telemetry) {

  /** Unobserved (a topology test's). */
  public MaintenanceProcessing(Clock clock, Policy policy, Supplier<List<OpenWindow>> openWindows,
      Duration timerInterval) {
    this(clock, policy, openWindows, timerInterval, ProcessingTelemetry.unobserved());
  }

  public MaintenanceProcessing {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(openWindows, "openWindows");
    Objects.requireNonNull(telemetry, "telemetry");
    if (timerInterval.isNegative() || timerInterval.isZero()) {
      throw new IllegalArgumentException("o intervalo dos temporizadores deve ser positivo: " + timerInterval);
    }
  }
}
