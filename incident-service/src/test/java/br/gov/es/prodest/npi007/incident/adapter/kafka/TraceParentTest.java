package br.gov.es.prodest.npi007.incident.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class TraceParentTest {

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

  @Test
  void the_trace_id_is_read_from_a_well_formed_traceparent() {
    assertThat(TraceParent.traceId(headers("00-" + TRACE_ID + "-00f067aa0ba902b7-01"))).isEqualTo(TRACE_ID);
  }

  @Test
  void an_absent_or_malformed_traceparent_gives_no_trace_id() {
    assertThat(TraceParent.traceId(new RecordHeaders())).isNull();
    assertThat(TraceParent.traceId(headers("lixo"))).isNull();
    assertThat(TraceParent.traceId(headers("00-" + TRACE_ID.toUpperCase() + "-00f067aa0ba902b7-01"))).isNull();
    assertThat(TraceParent.traceId(headers("00-" + "0".repeat(32) + "-00f067aa0ba902b7-01"))).isNull();
    assertThat(TraceParent.traceId(headers("ff-" + TRACE_ID + "-00f067aa0ba902b7-01"))).isNull();
    assertThat(TraceParent.traceId(headers("00-" + TRACE_ID + "-00f067aa0ba902b7-01-extra"))).isNull();
  }

  private static RecordHeaders headers(String traceparent) {
    RecordHeaders headers = new RecordHeaders();
    headers.add(TraceParent.HEADER, traceparent.getBytes(StandardCharsets.UTF_8));
    return headers;
  }
}
