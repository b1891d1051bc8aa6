package br.gov.es.prodest.npi007.processing;

import java.util.Objects;

/**
 * What a service's processors are observed with (issue 13): the domain's meters and the trace of
 * each record. The application builds it from its registry and tracer; a topology test passes
 * {@link #unobserved()}.
 */
public record ProcessingTelemetry(ProcessingMeters meters, RecordTracing tracing) {

  public ProcessingTelemetry {
    Objects.requireNonNull(meters, "meters");
    Objects.requireNonNull(tracing, "tracing");
  }

  /** Meters nobody reads and no spans. */
  public static ProcessingTelemetry unobserved() {
    return new ProcessingTelemetry(ProcessingMeters.unread(), RecordTracing.off());
  }
}
