package br.gov.es.prodest.npi007.incident.application;

import br.gov.es.prodest.npi007.paging.TimedPosition;
import br.gov.es.prodest.npi007.projection.StoreKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The key ranges the register's lists walk, newest report first: every incident, and one range per
 * value of each criterion of {@link IncidentFilter} (status, organ, component, source, unit, open). A
 * filtered page walks the range of its most selective criterion and checks the others per incident.
 */
final class IncidentIndexes {

  private static final String EVERY = "incidents-newest-first";
  private static final String BY_STATUS = "incidents-by-status";
  private static final String BY_ORGAN = "incidents-by-organ";
  private static final String BY_COMPONENT = "incidents-by-component";
  private static final String BY_SOURCE = "incidents-by-source";
  private static final String BY_OPEN = "incidents-by-open";
  private static final String BY_UNIT = "incidents-by-unit";

  private IncidentIndexes() {
  }

  /** One index range: a key space and, for a criterion's index, the criterion's value. */
  record Range(String space, String value) {

    StoreKey start() {
      StoreKey key = StoreKey.of(space);
      return value == null ? key : key.text(text(value));
    }

    byte[] prefix() {
      return start().bytes();
    }

    byte[] keyOf(TimedPosition position) {
      return start().newestFirst(position.at()).text(text(position.id())).bytes();
    }
  }

  /**
   * A text as a key segment. Keys cannot hold the zero character, and a report's component or a
   * query's filter may: it is replaced, so that such a value neither stops the replay nor fails the
   * query. A range may then hold a look-alike value too; every walk checks the filter per incident.
   */
  static String text(String value) {
    return value.replace('\0', '\uFFFD');
  }

  static Range every() {
    return new Range(EVERY, null);
  }

  /** The narrowest range holding every incident the filter matches. */
  static Range of(IncidentFilter filter) {
    if (filter.status() != null) {
      return new Range(BY_STATUS, filter.status());
    } else if (filter.organ() != null) {
      return new Range(BY_ORGAN, filter.organ());
    } else if (filter.component() != null) {
      return new Range(BY_COMPONENT, filter.component());
    } else if (filter.source() != null) {
      return new Range(BY_SOURCE, filter.source());
    } else if (filter.unit() != null) {
      return new Range(BY_UNIT, filter.unit());
    } else if (filter.open() != null) {
      return new Range(BY_OPEN, openness(filter.open()));
    }
    return every();
  }

  /** The index keys an incident has in its current state. */
  static List<byte[]> keysOf(IncidentView view) {
    TimedPosition position = new TimedPosition(view.reportedAt(), view.id());
    List<Range> ranges = new ArrayList<>();
    ranges.add(every());
    ranges.add(new Range(BY_STATUS, view.status().name()));
    if (view.organ() != null) {
      ranges.add(new Range(BY_ORGAN, view.organ()));
    }
    if (view.component() != null) {
      ranges.add(new Range(BY_COMPONENT, view.component()));
    }
    if (view.source() != null) {
      ranges.add(new Range(BY_SOURCE, view.source().name()));
    }
    if (view.unit() != null) {
      ranges.add(new Range(BY_UNIT, view.unit()));
    }
    ranges.add(new Range(BY_OPEN, openness(!view.closed())));
    return ranges.stream().map(range -> range.keyOf(position)).toList();
  }

  private static String openness(boolean open) {
    return open ? "open" : "closed";
  }
}
