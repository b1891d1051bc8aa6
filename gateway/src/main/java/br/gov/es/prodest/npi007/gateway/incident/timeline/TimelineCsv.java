package br.gov.es.prodest.npi007.gateway.incident.timeline;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * An incident's timeline as CSV (RFC 4180): a header line, then one line per entry in the
 * timeline's order, CRLF line ends, fields quoted when they hold a comma, a quote or a line break, the
 * event's details as compact JSON, UTF-8 without byte order mark.
 */
public final class TimelineCsv {

  public static final String MEDIA_TYPE = "text/csv";

  private static final List<String> HEADER =
      List.of("sequence", "kind", "occurredAt", "type", "userId", "role", "organ", "origin", "commandId",
          "notificationId", "messageId", "details");
  private static final String CRLF = "\r\n";

  private TimelineCsv() {
  }

  public static byte[] write(List<TimelineEntry> entries, JsonMapper json) {
    StringBuilder csv = new StringBuilder();
    line(csv, HEADER);
    for (TimelineEntry entry : entries) {
      line(csv, List.of(
          text(entry.sequence(), Object::toString),
          text(entry.kind(), Function.identity()),
          text(entry.occurredAt(), Object::toString),
          text(entry.type(), Function.identity()),
          text(entry.actor() == null ? null : entry.actor().userId(), Function.identity()),
          text(entry.actor() == null ? null : entry.actor().role(), Function.identity()),
          text(entry.actor() == null ? null : entry.actor().organ(), Function.identity()),
          text(entry.origin(), Function.identity()),
          text(entry.commandId(), Function.identity()),
          text(entry.notificationId(), Function.identity()),
          text(entry.messageId(), Function.identity()),
          text(entry.details(), details -> details.isNull() || details.isMissingNode() ? "" : json.writeValueAsString(details))));
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static <T> String text(T value, Function<T, String> format) {
    return value == null ? "" : format.apply(value);
  }

  private static void line(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(fields.get(i)));
    }
    csv.append(CRLF);
  }

  static String field(String value) {
    boolean quoted = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
        || value.indexOf('\n') >= 0;
    return quoted ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
