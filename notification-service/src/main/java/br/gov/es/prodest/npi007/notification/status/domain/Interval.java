package br.gov.es.prodest.npi007.notification.status.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A span of time, {@code from} inclusive, {@code to} exclusive. */
public record Interval(Instant from, Instant to) {

  /** The overlap with another span, or none. */
  Duration overlap(Instant start, Instant end) {
    Instant later = from.isAfter(start) ? from : start;
    Instant earlier = to.isBefore(end) ? to : end;
    return earlier.isAfter(later) ? Duration.between(later, earlier) : Duration.ZERO;
  }

  /** The spans merged where they overlap or touch, in time order: a minute two incidents share counts once. */
  static List<Interval> merged(List<Interval> intervals) {
    List<Interval> sorted = intervals.stream().filter(i -> i.to.isAfter(i.from))
        .sorted(Comparator.comparing(Interval::from)).toList();
    List<Interval> merged = new ArrayList<>();
    for (Interval next : sorted) {
      Interval last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && !next.from.isAfter(last.to)) {
        merged.set(merged.size() - 1, new Interval(last.from, next.to.isAfter(last.to) ? next.to : last.to));
      } else {
        merged.add(next);
      }
    }
    return merged;
  }
}
