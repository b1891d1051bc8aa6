package br.gov.es.prodest.npi007.notification.message.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a message says: the facts that fill the norm's blanks. Times are instants taken from the
 * causing event, printed in Brasília time, so that a replay renders the same bytes.
 *
 * @param occurredAt  the causing event's time: the norm's "Data/Hora" and "Data do Aviso"
 * @param windowStart start of a maintenance window (6.5), else null
 * @param windowEnd   end of a maintenance window (6.5), else null
 * @param purpose     purpose of a maintenance (6.5), optional
 * @param previous    the window a rescheduled maintenance had (6.5-reagendamento), else null
 * @param reason      why a maintenance was rescheduled or cancelled, optional
 */
public record MessageFacts(
    String component,
    String impact,
    String organName,
    String serviceDeskUrl,
    Instant windowStart,
    Instant windowEnd,
    String purpose,
    Instant occurredAt,
    Window previous,
    String reason) {

  /** A maintenance window. */
  public record Window(Instant start, Instant end) {
  }

  public MessageFacts(String component, String impact, String organName, String serviceDeskUrl, Instant windowStart,
      Instant windowEnd, String purpose, Instant occurredAt) {
    this(component, impact, organName, serviceDeskUrl, windowStart, windowEnd, purpose, occurredAt, null, null);
  }

  /** The norm's messages speak Brasília time. */
  public static final ZoneId ZONE = ZoneId.of("America/Sao_Paulo");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZONE);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZONE);

  public static MessageFacts receiptAcknowledgement(String component, String serviceDeskUrl, Instant occurredAt) {
    return new MessageFacts(component, null, null, serviceDeskUrl, null, null, null, occurredAt);
  }

  public static MessageFacts normalStatus(String component, Instant occurredAt) {
    return new MessageFacts(component, null, null, null, null, null, null, occurredAt);
  }

  public static MessageFacts unavailabilityNotice(String component, String impact, Instant occurredAt) {
    return new MessageFacts(component, impact, null, null, null, null, null, occurredAt);
  }

  public static MessageFacts serviceRestored(String component, Instant occurredAt) {
    return new MessageFacts(component, null, null, null, null, null, null, occurredAt);
  }

  public static MessageFacts scheduledMaintenance(String component, Instant windowStart, Instant windowEnd,
      String purpose, Instant occurredAt) {
    return new MessageFacts(component, null, null, null, windowStart, windowEnd, sentence(purpose), occurredAt);
  }

  public static MessageFacts maintenanceRescheduled(String component, Window previous, Window window, String purpose,
      String reason, Instant occurredAt) {
    return new MessageFacts(component, null, null, null, window.start(), window.end(), sentence(purpose), occurredAt,
        previous, sentence(reason));
  }

  public static MessageFacts maintenanceCancelled(String component, Window window, String reason, Instant occurredAt) {
    return new MessageFacts(component, null, null, null, window.start(), window.end(), null, occurredAt, null,
        sentence(reason));
  }

  // the template closes the sentence itself
  private static String sentence(String text) {
    return text == null ? null : text.strip().replaceAll("\\.+$", "");
  }

  public static MessageFacts restrictedUnavailabilityNotice(String organName, String component, String impact,
      Instant occurredAt) {
    return new MessageFacts(component, impact, organName, null, null, null, null, occurredAt);
  }

  /** The printed value of each fact that is known; a fact that is absent has no entry. */
  Map<Placeholder, String> values() {
    Map<Placeholder, String> values = new EnumMap<>(Placeholder.class);
    putText(values, Placeholder.COMPONENT, component);
    putText(values, Placeholder.IMPACT, impact);
    putText(values, Placeholder.ORGAN, organName);
    putText(values, Placeholder.SERVICE_DESK_URL, serviceDeskUrl);
    putText(values, Placeholder.PURPOSE, purpose);
    if (occurredAt != null) {
      values.put(Placeholder.DATE_TIME, DATE_TIME.format(occurredAt));
    }
    if (windowStart != null) {
      values.put(Placeholder.DATE, DATE.format(windowStart));
      values.put(Placeholder.START_TIME, TIME.format(windowStart));
    }
    if (windowEnd != null) {
      values.put(Placeholder.END_TIME, TIME.format(windowEnd));
    }
    putText(values, Placeholder.REASON, reason);
    if (previous != null) {
      values.put(Placeholder.PREVIOUS_DATE, DATE.format(previous.start()));
      values.put(Placeholder.PREVIOUS_START_TIME, TIME.format(previous.start()));
      values.put(Placeholder.PREVIOUS_END_TIME, TIME.format(previous.end()));
    }
    return values;
  }

  /** A fact fills a blank inside a sentence: one line, no surrounding blanks. */
  private static void putText(Map<Placeholder, String> values, Placeholder placeholder, String text) {
    if (text != null && !text.isBlank()) {
      values.put(placeholder, text.strip().replaceAll("\\s+", " "));
    }
  }
}
