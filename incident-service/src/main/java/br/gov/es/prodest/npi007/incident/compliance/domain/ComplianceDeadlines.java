package br.gov.es.prodest.npi007.incident.compliance.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * How long each required message may take before it counts as missed (issue 14), each from the
 * moment its clock starts (the settings' defaults: 15 minutes, one hour, 30 minutes):
 *
 * @param acknowledgement 6.1, from the report it answers (or the report that joined the incident)
 * @param verdict         6.2, 6.3 or 6.6, from the SA's link (from the verdict when no SA was linked before it)
 * @param restoration     6.4, from the restoration
 */
public record ComplianceDeadlines(Duration acknowledgement, Duration verdict, Duration restoration) {

  public ComplianceDeadlines {
    positive(acknowledgement, "acknowledgement");
    positive(verdict, "verdict");
    positive(restoration, "restoration");
  }

  private static void positive(Duration deadline, String name) {
    Objects.requireNonNull(deadline, name);
    if (deadline.isZero() || deadline.isNegative()) {
      throw new IllegalArgumentException("o prazo de conformidade '" + name + "' deve ser positivo: " + deadline);
    }
  }
}
