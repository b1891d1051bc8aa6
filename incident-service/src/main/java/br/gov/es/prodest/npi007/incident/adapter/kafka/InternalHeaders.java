package br.gov.es.prodest.npi007.incident.adapter.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** Headers that travel only on the topology's internal topics, never on its output. */
final class InternalHeaders {

  /** On a report routed to the open incident of its component: the incident id its issuer chose. */
  static final String ROUTED_FROM = "npi007.incident.routed-from";

  private InternalHeaders() {
  }

  static String routedFrom(Headers headers) {
    Header header = headers.lastHeader(ROUTED_FROM);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** The headers to publish: the caller's (the gateway's correlation id among them), none of ours. */
  static Headers published(Headers headers) {
    Headers copy = new RecordHeaders(headers.toArray());
    copy.remove(ROUTED_FROM);
    return copy;
  }
}
