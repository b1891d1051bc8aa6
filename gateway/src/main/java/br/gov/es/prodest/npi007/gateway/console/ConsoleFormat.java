package br.gov.es.prodest.npi007.gateway.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.stereotype.Component;

/**
 * How the pages write times: in America/Sao_Paulo, the Brazilian way (04/12/2026 14:30), as the norm's
 * messages do. Templates reach it as {@code @fmt}; it takes instants or the ISO-8601 strings the
 * internal APIs answer with, and writes an empty string for none.
 */
@Component("fmt")
public class ConsoleFormat {

  public static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(SAO_PAULO);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(SAO_PAULO);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(SAO_PAULO);

  private final Clock clock;

  public ConsoleFormat(Clock clock) {
    this.clock = clock;
  }

  /** 04/12/2026 14:30 */
  public String dateTime(Object when) {
    Instant instant = instantOf(when);
    return instant == null ? "" : DATE_TIME.format(instant);
  }

  /** 04/12/2026 */
  public String date(Object when) {
    Instant instant = instantOf(when);
    return instant == null ? "" : DATE.format(instant);
  }

  /** 14:30 */
  public String time(Object when) {
    Instant instant = instantOf(when);
    return instant == null ? "" : TIME.format(instant);
  }

  /** How long ago, in words a person reads at a glance: "há 5 min", "há 2 h 10 min", "há 3 dias". */
  public String since(Object when) {
    Instant instant = instantOf(when);
    return instant == null ? "" : "há " + duration(Duration.between(instant, clock.instant()));
  }

  /** A span of time: "45 s", "5 min", "2 h 10 min", "3 dias". */
  public String duration(Duration span) {
    if (span == null) {
      return "";
    }
    long seconds = Math.max(0, span.getSeconds());
    if (seconds < 60) {
      return seconds + " s";
    }
    long minutes = seconds / 60;
    if (minutes < 60) {
      return minutes + " min";
    }
    long hours = minutes / 60;
    if (hours < 48) {
      return minutes % 60 == 0 ? hours + " h" : hours + " h " + minutes % 60 + " min";
    }
    return hours / 24 + " dias";
  }

  /** The value of an HTML {@code datetime-local} input for an instant, in São Paulo's time. */
  public String inputValue(Object when) {
    Instant instant = instantOf(when);
    return instant == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(SAO_PAULO).format(instant);
  }

  /** The instant of an HTML {@code datetime-local} value (São Paulo's wall time), with its offset, for the API. */
  public static OffsetDateTime fromInput(String local) {
    return java.time.LocalDateTime.parse(local).atZone(SAO_PAULO).toOffsetDateTime();
  }

  static Instant instantOf(Object when) {
    if (when instanceof Instant instant) {
      return instant;
    }
    if (when instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (when instanceof CharSequence text && !text.isEmpty()) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException notAnInstant) {
        return OffsetDateTime.parse(text).toInstant();
      }
    }
    return null;
  }
}
