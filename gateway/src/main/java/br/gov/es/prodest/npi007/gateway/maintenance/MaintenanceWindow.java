package br.gov.es.prodest.npi007.gateway.maintenance;

import br.gov.es.prodest.npi007.gateway.validation.TimestampValidator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A window's ends as the API takes them (ISO-8601 with an offset) and as the commands carry them (UTC, milliseconds). */
final class MaintenanceWindow {

  static final String INVALID = "deve ser uma data e hora ISO-8601 com fuso, como 2026-12-10T22:00:00-03:00";

  private MaintenanceWindow() {
  }

  /** The instant of a validated value. */
  static Instant instant(String value) {
    return TimestampValidator.parse(value).truncatedTo(ChronoUnit.MILLIS);
  }
}
