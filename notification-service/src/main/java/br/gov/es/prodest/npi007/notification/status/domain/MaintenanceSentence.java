package br.gov.es.prodest.npi007.notification.status.domain;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** What the public page says of a maintenance in each state, its window in São Paulo time. */
public final class MaintenanceSentence {

  private static final DateTimeFormatter BRAZILIAN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
      .withZone(DayAvailability.SAO_PAULO);

  private MaintenanceSentence() {
  }

  public static String of(MaintenanceState state, Instant start, Instant end) {
    return switch (state) {
      case SCHEDULED -> "Manutenção programada de " + BRAZILIAN.format(start) + " a " + BRAZILIAN.format(end) + ".";
      case IN_PROGRESS -> "Manutenção em andamento, com término previsto para " + BRAZILIAN.format(end) + ".";
      case COMPLETED -> "Manutenção concluída.";
      case CANCELLED -> "Manutenção cancelada.";
    };
  }

  public static String titleOf(MaintenanceState state) {
    return switch (state) {
      case SCHEDULED -> "Manutenção programada";
      case IN_PROGRESS -> "Manutenção em andamento";
      case COMPLETED -> "Manutenção concluída";
      case CANCELLED -> "Manutenção cancelada";
    };
  }
}
