package br.gov.es.prodest.npi007.incident.adapter.kafka;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The trace id of a record's W3C {@code traceparent} header (issue 13), for the timeline entry the
 * record becomes. A record without one, or with one that does not parse, has no trace id: the
 * timeline shows it without, it never fails for it.
 */
public final class TraceParent {

  static final String HEADER = "traceparent";
  // version-traceid-parentid-flags (W3C Trace Context, 3.2); version ff and all-zero ids are invalid
  private static final Pattern FORMAT = Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}(-.*)?");
  private static final String ZEROS = "0".repeat(32);

  private TraceParent() {
  }

  /** The trace id of the record's last {@code traceparent} header, or null. */
  public static String traceId(Headers headers) {
    Header header = headers == null ? null : headers.lastHeader(HEADER);
    if (header == null || header.value() == null) {
      return null;
    }
    Matcher matcher = FORMAT.matcher(new String(header.value(), StandardCharsets.US_ASCII).trim());
    if (!matcher.matches() || matcher.group(1).equals("ff") || matcher.group(2).equals(ZEROS)
        || matcher.group(3).equals("0".repeat(16)) || matcher.group(1).equals("00") && matcher.group(4) != null) {
      return null;
    }
    return matcher.group(2);
  }
}
