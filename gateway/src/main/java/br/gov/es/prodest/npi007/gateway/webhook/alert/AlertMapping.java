package br.gov.es.prodest.npi007.gateway.webhook.alert;

import br.gov.es.prodest.npi007.avro.monitoring.AlertReceived;
import br.gov.es.prodest.npi007.avro.monitoring.AlertStatus;
import br.gov.es.prodest.npi007.gateway.validation.TimestampValidator;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Alerts as {@link AlertReceived} records (PRODUCT.md, "Integrations"): the component is the label
 * {@code component}, else {@code service}, else {@code alertname}; the organ is the label
 * {@code organ} when it names an organ of the catalogue, else PRODEST; the impact is the
 * annotation {@code summary}; the responsible unit (issue 15) is the label {@code unit}, else
 * {@code team}, when it names a unit of the catalogue; a value that names none is recorded as sent,
 * not guessed.
 */
final class AlertMapping {

  static final String ALERTMANAGER = "alertmanager";
  static final String GENERIC = "generic";
  static final String DEFAULT_ORGAN = "PRODEST";
  /** Go's zero time: what Alertmanager sends as endsAt of an alert still firing. */
  private static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

  private AlertMapping() {
  }

  /** Null when the alert has no {@code alertname} label. */
  static AlertReceived fromAlertmanager(AlertmanagerNotification.Alert alert, Catalogues catalogues,
      Instant receivedAt) {
    Map<String, String> labels = alert.labels();
    String alertName = blankToNull(labels.get("alertname"));
    if (alertName == null) {
      return null;
    }
    Map<String, String> annotations = alert.annotations() == null ? Map.of() : alert.annotations();
    return AlertReceived.newBuilder()
        .setFingerprint(alert.fingerprint().strip())
        .setStatus(status(alert.status()))
        .setAlertName(alertName)
        .setComponent(firstOf(labels.get("component"), labels.get("service"), alertName))
        .setOrgan(organ(labels.get("organ"), catalogues.knownOrgan()))
        .setSummary(blankToNull(annotations.get("summary")))
        .setStartsAt(instant(alert.startsAt()))
        .setEndsAt(endsAt(alert.status(), alert.endsAt()))
        .setLabels(Map.copyOf(labels))
        .setSource(ALERTMANAGER)
        .setReceivedAt(receivedAt.truncatedTo(ChronoUnit.MILLIS))
        .setUnit(catalogues.unit(firstOf(labels.get("unit"), labels.get("team"))))
        .setUnrecognisedUnit(catalogues.unrecognised(firstOf(labels.get("unit"), labels.get("team"))))
        .build();
  }

  static AlertReceived fromGeneric(GenericAlert alert, Catalogues catalogues, Instant receivedAt) {
    String name = alert.name().strip();
    return AlertReceived.newBuilder()
        .setFingerprint(alert.id().strip())
        .setStatus(status(alert.status()))
        .setAlertName(name)
        .setComponent(firstOf(alert.component(), name))
        .setOrgan(organ(alert.organ(), catalogues.knownOrgan()))
        .setSummary(blankToNull(alert.summary()))
        .setStartsAt(instant(alert.startsAt()))
        .setEndsAt(endsAt(alert.status(), alert.endsAt()))
        .setLabels(Map.of())
        .setSource(GENERIC)
        .setReceivedAt(receivedAt.truncatedTo(ChronoUnit.MILLIS))
        .setUnit(catalogues.unit(alert.unit()))
        .setUnrecognisedUnit(catalogues.unrecognised(alert.unit()))
        .build();
  }

  /**
   * What the alerts are read against: the organs and the units in force.
   *
   * @param unitOf the code of the unit a value names, or empty when it names none
   */
  record Catalogues(Predicate<String> knownOrgan, Function<String, Optional<String>> unitOf) {

    /** The unit's code, or null when the value is absent or names no unit. */
    String unit(String value) {
      return unitOf.apply(value).orElse(null);
    }

    /** The value as sent, when it names no unit of the catalogue; null when absent or a known unit. */
    String unrecognised(String value) {
      String sent = blankToNull(value);
      return sent == null || unitOf.apply(sent).isPresent() ? null : sent;
    }
  }

  private static AlertStatus status(String status) {
    return "resolved".equals(status) ? AlertStatus.RESOLVED : AlertStatus.FIRING;
  }

  private static String organ(String label, Predicate<String> knownOrgan) {
    String code = blankToNull(label);
    if (code == null) {
      return DEFAULT_ORGAN;
    }
    String upper = code.toUpperCase(Locale.ROOT);
    return knownOrgan.test(upper) ? upper : DEFAULT_ORGAN;
  }

  /** Null while firing, and for Go's zero time. */
  private static Instant endsAt(String status, String endsAt) {
    if (!"resolved".equals(status) || endsAt == null || endsAt.isBlank()) {
      return null;
    }
    Instant instant = TimestampValidator.parse(endsAt);
    return instant.equals(GO_ZERO_TIME) ? null : instant.truncatedTo(ChronoUnit.MILLIS);
  }

  private static Instant instant(String timestamp) {
    return TimestampValidator.parse(timestamp).truncatedTo(ChronoUnit.MILLIS);
  }

  private static String firstOf(String... candidates) {
    for (String candidate : candidates) {
      String value = blankToNull(candidate);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
