package br.gov.es.prodest.npi007.incident.application;

import java.time.Instant;

/**
 * A stretch of report times, {@code [from, until)}; a null end leaves that side open. A list of a
 * period walks only that stretch of the register's report-time index (e.g. a month's compliance).
 */
public record ReportPeriod(Instant from, Instant until) {

  public static final ReportPeriod ALL = new ReportPeriod(null, null);

  public ReportPeriod {
    if (from != null && until != null && !from.isBefore(until)) {
      throw new IllegalArgumentException("o início do período deve ser anterior ao fim");
    }
  }

  boolean after(Instant reportedAt) {
    return from != null && reportedAt.isBefore(from);
  }

  boolean holds(Instant reportedAt) {
    return !after(reportedAt) && (until == null || reportedAt.isBefore(until));
  }
}
