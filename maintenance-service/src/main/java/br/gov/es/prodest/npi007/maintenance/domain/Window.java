package br.gov.es.prodest.npi007.maintenance.domain;

import java.time.Instant;
import java.util.Objects;

/** When a maintenance happens: from its start (inclusive) to its end (exclusive), UTC instants. */
public record Window(Instant start, Instant end) {

  public Window {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
  }

  /** True when both windows share some instant; back-to-back windows do not. */
  public boolean intersects(Window other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }
}
