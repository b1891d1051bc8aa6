package br.gov.es.prodest.npi007.gateway.console.maintenance;

import br.gov.es.prodest.npi007.gateway.console.ConsoleFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A window's end as the form gives it ({@code datetime-local}, São Paulo's wall time) becomes the
 * API's ISO-8601 with its offset, e.g. 2026-12-10T22:00:00-03:00. A value that is not a date and
 * time is passed on unchanged, so the API's own validation words the error.
 */
final class WindowInput {

  private WindowInput() {
  }

  static String toApi(String local) {
    if (local == null || local.isBlank()) {
      return local;
    }
    try {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ConsoleFormat.fromInput(local.strip()));
    } catch (DateTimeParseException notLocal) {
      return local;
    }
  }
}
