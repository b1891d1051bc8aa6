package br.gov.es.prodest.npi007.processing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.MDC;

/**
 * The trace of the work on one Kafka record (issue 13): the record's W3C trace context
 * ({@code traceparent}) is extracted, a child span named after the work is opened and put in scope
 * (so the log lines written meanwhile carry {@code traceId} and {@code spanId} in the MDC), and the
 * records produced meanwhile are {@link #stamp stamped} with the child's context instead. A record
 * without a trace context starts a new trace. Micrometer Tracing's API; the services bring the
 * OpenTelemetry bridge, which exports only when an OTLP endpoint is configured.
 */
public final class RecordTracing {

  private static final String TRACE_ID = "traceId";
  private static final String SPAN_ID = "spanId";

  private final Tracer tracer;
  private final Propagator propagator;

  public RecordTracing(Tracer tracer, Propagator propagator) {
    this.tracer = Objects.requireNonNull(tracer, "tracer");
    this.propagator = Objects.requireNonNull(propagator, "propagator");
  }

  /** No spans, and forwarded records keep the trace context they had (a topology test's). */
  public static RecordTracing off() {
    return new RecordTracing(Tracer.NOOP, Propagator.NOOP);
  }

  /** A child span of the record's trace (a new trace when it has none), in scope until closed. */
  public Work open(Headers headers, String name) {
    Span span = propagator.extract(headers, RecordTracing::header).name(name).kind(Span.Kind.CONSUMER).start();
    return new Work(span);
  }

  /** A span of a new trace, in scope until closed: work no record asked for (a timer). */
  public Work openNew(String name) {
    return new Work(tracer.nextSpan(null).name(name).start());
  }

  /**
   * A copy of the headers whose trace context is the span in scope's; the other headers are kept.
   * Without a span in scope the copy keeps the trace context it had.
   */
  public Headers stamp(Headers headers) {
    Headers stamped = new RecordHeaders(headers.toArray());
    Span current = tracer.currentSpan();
    if (current == null) {
      return stamped;
    }
    Map<String, String> context = new LinkedHashMap<>();
    propagator.inject(current.context(), context, Map::put);
    context.forEach((key, value) -> {
      stamped.remove(key);
      stamped.add(key, value.getBytes(StandardCharsets.UTF_8));
    });
    return stamped;
  }

  private static String header(Headers headers, String key) {
    Header header = headers.lastHeader(key);
    return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  /** The work's span, in scope (and in the logging MDC) until closed. */
  public final class Work implements AutoCloseable {

    private final Span span;
    private final Tracer.SpanInScope scope;
    private final String previousTraceId = MDC.get(TRACE_ID);
    private final String previousSpanId = MDC.get(SPAN_ID);

    private Work(Span span) {
      this.span = span;
      this.scope = tracer.withSpan(span);
      // Boot's tracing puts these in the MDC too; set here so the lines carry them whatever the bridge does.
      if (!span.isNoop()) {
        MDC.put(TRACE_ID, span.context().traceId());
        MDC.put(SPAN_ID, span.context().spanId());
      }
    }

    /** The trace id, or empty when tracing is off. */
    public String traceId() {
      return span.isNoop() ? "" : span.context().traceId();
    }

    /** Names the span once the work is known (e.g. the command, once decoded). */
    public void named(String name) {
      span.name(name);
    }

    /** Marks the span as failed; closing still ends it. */
    public void failed(Throwable error) {
      span.error(error);
    }

    @Override
    public void close() {
      scope.close();
      span.end();
      restore(TRACE_ID, previousTraceId);
      restore(SPAN_ID, previousSpanId);
    }

    private void restore(String key, String previous) {
      if (previous == null) {
        MDC.remove(key);
      } else {
        MDC.put(key, previous);
      }
    }
  }
}
