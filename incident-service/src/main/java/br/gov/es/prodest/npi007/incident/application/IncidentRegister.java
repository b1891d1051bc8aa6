package br.gov.es.prodest.npi007.incident.application;

import br.gov.es.prodest.npi007.incident.domain.IncidentAssigned;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import br.gov.es.prodest.npi007.incident.domain.IncidentTriaged;
import br.gov.es.prodest.npi007.incident.domain.MaintenanceLinked;
import br.gov.es.prodest.npi007.incident.domain.ReportAcknowledged;
import br.gov.es.prodest.npi007.incident.domain.ServiceRequestLinked;
import br.gov.es.prodest.npi007.incident.domain.ServiceRestored;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import br.gov.es.prodest.npi007.paging.TimedPosition;
import br.gov.es.prodest.npi007.processing.EventHistory;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import br.gov.es.prodest.npi007.projection.StoreKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Read model answering "which incidents are there, where does each stand, and what happened to
 * it?". Kept in a {@link ProjectionStore}, off the heap: per incident, its events as they came from
 * the topic (Avro single-object encoding, readable by every later version) each with its record's
 * trace id ({@link TracedRecord}), folded when asked; and
 * one key range per list order and filter (see {@link IncidentIndexes}), so a page is a walk of its
 * own range from the cursor that stops once it is full. Applying an event twice (same incident, same
 * sequence) changes nothing, so a poll applied again after a crash leaves it as it was.
 *
 * <p>Every instance of the service reads every partition into its own store, so any instance
 * answers any query. Thread-safe: one feeder (the replay's thread), any number of readers.
 */
public final class IncidentRegister {

  /** The cursor's list name of {@link #page(IncidentFilter, PageRequest)}. */
  static final String INCIDENTS = "incidents";
  /** The store's layout: change it whenever the keys or values below change. */
  public static final String LAYOUT = "incident-register/3";
  private static final String EVENTS = "incident-events";

  private final ProjectionStore store;
  private final Function<byte[], IncidentEvent> decoder;

  /**
   * @param store   the register's store
   * @param decoder reads one stored record (as it came from the incident events topic) as a domain event
   */
  public IncidentRegister(ProjectionStore store, Function<byte[], IncidentEvent> decoder) {
    this.store = store;
    this.decoder = decoder;
  }

  private record Entry(IncidentView view, List<TimelineEntry> timeline, List<IncidentEvent> history) {
  }

  /**
   * Applies one record of the incident events topic through the replay's write.
   *
   * @param traceId the trace id of the record's {@code traceparent}, or null when it had none
   * @return the event, when it was the incident's next one and so applied now; empty for one applied before
   */
  public Optional<IncidentEvent> apply(byte[] record, String traceId, ProjectionWrite write) {
    IncidentEvent event = decoder.apply(record);
    byte[] key = eventsKey(event.envelope().aggregateId());
    byte[] stored = write.get(key);
    Optional<IncidentView> current = Optional.ofNullable(stored).map(this::entryOf).map(Entry::view);
    boolean next = current.map(view -> event.envelope().sequence() == view.version() + 1)
        .orElse(event instanceof IncidentReported);
    if (!next) {
      return Optional.empty();
    }
    IncidentView view = fold(current.orElse(null), event);
    write.put(key, EventHistory.append(stored, List.of(new TracedRecord(traceId, record).encode())));
    List<byte[]> before = current.map(IncidentIndexes::keysOf).orElse(List.of());
    List<byte[]> after = IncidentIndexes.keysOf(view);
    before.stream().filter(old -> after.stream().noneMatch(kept -> Arrays.equals(kept, old))).forEach(write::delete);
    byte[] id = view.id().getBytes(StandardCharsets.UTF_8);
    after.forEach(indexKey -> write.put(indexKey, id));
    return Optional.of(event);
  }

  public Optional<IncidentView> find(String incidentId) {
    return entry(incidentId).map(Entry::view);
  }

  /** The incident's events, in sequence order, or empty when there is no such incident. */
  public Optional<List<TimelineEntry>> timeline(String incidentId) {
    return entry(incidentId).map(Entry::timeline);
  }

  /** The incident's events, in sequence order, or empty when there is no such incident. */
  public Optional<List<IncidentEvent>> history(String incidentId) {
    return entry(incidentId).map(Entry::history);
  }

  /**
   * The incidents the filter matches reported in {@code [from, until)}, newest report first: a walk
   * of that stretch of the filter's index only, for callers that need a whole period (a month).
   */
  public List<IncidentView> reportedBetween(Instant from, Instant until, IncidentFilter filter) {
    ReportPeriod period = new ReportPeriod(from, until);
    IncidentIndexes.Range range = IncidentIndexes.of(filter);
    try (Stream<IncidentView> views = views(range, period, start(range, period, null))) {
      return views.filter(filter::matches).toList();
    }
  }

  /** One page of the incidents the filter matches, newest report first; walks the filter's own index. */
  public Page<IncidentView> page(IncidentFilter filter, PageRequest request) {
    return page(IncidentIndexes.of(filter), ReportPeriod.ALL, INCIDENTS, request,
        view -> Optional.of(view).filter(filter::matches));
  }

  /**
   * One page of a list drawn from every incident in the register's order, newest report first.
   *
   * @param list   the list's name, which its cursors carry (a cursor of another list is refused)
   * @param select the item an incident shows in the list, or empty when the list leaves it out
   */
  public <T> Page<T> page(String list, PageRequest request, Function<IncidentView, Optional<T>> select) {
    return page(list, ReportPeriod.ALL, request, select);
  }

  /** As {@link #page(String, PageRequest, Function)}, walking only the incidents reported in the period. */
  public <T> Page<T> page(String list, ReportPeriod period, PageRequest request,
      Function<IncidentView, Optional<T>> select) {
    return page(IncidentIndexes.every(), period, list, request, select);
  }

  /**
   * As {@link #page(String, ReportPeriod, PageRequest, Function)}, walking only the incidents the filter
   * matches, through the index of its most selective criterion (a unit's incidents, say).
   */
  public <T> Page<T> page(String list, IncidentFilter filter, ReportPeriod period, PageRequest request,
      Function<IncidentView, Optional<T>> select) {
    return page(IncidentIndexes.of(filter), period, list, request,
        view -> filter.matches(view) ? select.apply(view) : Optional.empty());
  }

  private <T> Page<T> page(IncidentIndexes.Range range, ReportPeriod period, String list, PageRequest request,
      Function<IncidentView, Optional<T>> select) {
    TimedPosition cursor = request.cursor() == null ? null : TimedPosition.fromCursor(list, request.cursor());
    try (Stream<IncidentView> views = views(range, period, start(range, period, cursor))) {
      return Page.collect(views.iterator(), select, request.limit(), view -> position(view).cursor(list));
    }
  }

  /** Where a walk starts: just after the cursor, else just before the period's end, else at the range's start. */
  private static byte[] start(IncidentIndexes.Range range, ReportPeriod period, TimedPosition cursor) {
    if (cursor != null) {
      return range.keyOf(cursor);
    }
    // keys at 'until' or later sort before this prefix of theirs (newest first)
    return period.until() == null ? null : range.start().newestFirst(period.until()).bytes();
  }

  /** The period's incidents of an index range, from just after {@code after}; close the stream. */
  private Stream<IncidentView> views(IncidentIndexes.Range range, ReportPeriod period, byte[] after) {
    return store.scan(range.prefix(), after)
        .map(entry -> new String(entry.value(), StandardCharsets.UTF_8))
        .flatMap(id -> find(id).stream())
        .takeWhile(view -> !period.after(view.reportedAt()))
        .filter(view -> period.holds(view.reportedAt()));
  }

  private Optional<Entry> entry(String incidentId) {
    // a look-alike id (see IncidentIndexes.text) shares the key of no incident of its own
    return Optional.ofNullable(store.get(eventsKey(incidentId))).map(this::entryOf)
        .filter(entry -> entry.view().id().equals(incidentId));
  }

  private Entry entryOf(byte[] stored) {
    IncidentView view = null;
    List<TimelineEntry> timeline = new ArrayList<>();
    List<IncidentEvent> history = new ArrayList<>();
    for (byte[] record : EventHistory.read(stored)) {
      TracedRecord traced = TracedRecord.decode(record);
      IncidentEvent event = decoder.apply(traced.value());
      view = fold(view, event);
      timeline.add(TimelineEntry.of(event, traced.traceId()));
      history.add(event);
    }
    return new Entry(view, List.copyOf(timeline), List.copyOf(history));
  }

  private static byte[] eventsKey(String incidentId) {
    return StoreKey.of(EVENTS).text(IncidentIndexes.text(incidentId)).bytes();
  }

  private static TimedPosition position(IncidentView view) {
    return new TimedPosition(view.reportedAt(), view.id());
  }

  private static IncidentView fold(IncidentView current, IncidentEvent event) {
    var envelope = event.envelope();
    if (current == null) {
      return IncidentView.openedBy((IncidentReported) event);
    }
    IncidentView view = current.at(envelope.sequence(), envelope.occurredAt());
    if (event instanceof ServiceRequestLinked linked) {
      IncidentView withSa = view.withServiceRequest(linked.saNumber());
      return view.status().awaitsTriage() ? withSa.withStatus(IncidentStatus.UNDER_ANALYSIS) : withSa;
    } else if (event instanceof IncidentTriaged triaged) {
      return view.withVerdict(triaged.verdict(), triaged.impact(), triaged.organ());
    } else if (event instanceof ServiceRestored) {
      return view.withStatus(IncidentStatus.RESTORED);
    } else if (event instanceof MaintenanceLinked linked) {
      return view.withMaintenance(linked.maintenanceId());
    } else if (event instanceof ReportAcknowledged) {
      return view.status() == IncidentStatus.REPORTED ? view.withStatus(IncidentStatus.AWAITING_SA) : view;
    } else if (event instanceof IncidentAssigned assigned) {
      return view.withUnit(assigned.unit());
    }
    return view;
  }
}
