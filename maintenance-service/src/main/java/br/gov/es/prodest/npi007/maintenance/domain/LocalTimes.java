package br.gov.es.prodest.npi007.maintenance.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Instants and durations as a person in Espírito Santo reads them in a refusal or a reason. */
final class LocalTimes {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("America/Sao_Paulo"));

  private LocalTimes() {
  }

  static String of(Instant instant) {
    return DATE_TIME.format(instant);
  }

  /** "24 horas", "1 hora e 30 minutos", "45 minutos". */
  static String of(Duration duration) {
    long hours = duration.toHours();
    long minutes = duration.toMinutesPart();
    String h = hours == 1 ? "1 hora" : hours + " horas";
    String m = minutes == 1 ? "1 minuto" : minutes + " minutos";
    if (hours == 0) {
      return m;
    }
    return minutes == 0 ? h : h + " e " + m;
  }
}
