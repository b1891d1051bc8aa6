package br.gov.es.prodest.npi007.incident.application;

import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import br.gov.es.prodest.npi007.incident.domain.IncidentTriaged;
import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import br.gov.es.prodest.npi007.incident.domain.MaintenanceLinked;
import br.gov.es.prodest.npi007.incident.domain.ReportAcknowledged;
import br.gov.es.prodest.npi007.incident.domain.ServiceRequestLinked;
import br.gov.es.prodest.npi007.incident.domain.ServiceRestored;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import br.gov.es.prodest.npi007.paging.TimedPosition;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Function;

/**
 * Read model answering "which incidents are there, where does each stand, and what happened to
 * it?". Folded from the incident events; applying an event twice (same incident, same sequence)
 * changes nothing, so it can be rebuilt from offset zero at every start. Thread-safe: one feeder,
 * any number of readers. Its lists are kept sorted, newest report first, so a page is a walk from
 * the cursor that stops once it is full, not a sort of every incident.
 */
public final class IncidentRegister {

  /** The cursor's list name of {@link #page(IncidentFilter, PageRequest)}. */
  static final String INCIDENTS = "incidents";

  private final ConcurrentMap<String, Entry> incidents = new ConcurrentHashMap<>();
  /** Every incident's id by its (immutable) report time: the order of every list. */
  private final ConcurrentNavigableMap<TimedPosition, String> newestFirst =
      new ConcurrentSkipListMap<>(TimedPosition.EARLIEST_FIRST.reversed());

  private record Entry(IncidentView view, List<TimelineEntry> timeline, List<IncidentEvent> history) {
  }

  public void apply(IncidentEvent event) {
    var envelope = event.envelope();
    Entry entry = incidents.compute(envelope.incidentId(), (id, current) -> {
      if (current == null ? !(event instanceof IncidentReported) : envelope.sequence() != current.view().version() + 1) {
        return current;
      }
      List<TimelineEntry> timeline = new ArrayList<>(current == null ? List.of() : current.timeline());
      timeline.add(TimelineEntry.of(event));
      List<IncidentEvent> history = new ArrayList<>(current == null ? List.of() : current.history());
      history.add(event);
      return new Entry(fold(current == null ? null : current.view(), event), List.copyOf(timeline),
          List.copyOf(history));
    });
    if (entry != null) {
      newestFirst.putIfAbsent(position(entry.view()), entry.view().id());
    }
  }

  public Optional<IncidentView> find(String incidentId) {
    return Optional.ofNullable(incidents.get(incidentId)).map(Entry::view);
  }

  /** The incident's events, in sequence order, or empty when there is no such incident. */
  public Optional<List<TimelineEntry>> timeline(String incidentId) {
    return Optional.ofNullable(incidents.get(incidentId)).map(Entry::timeline);
  }

  /** The incident's events, in sequence order, or empty when there is no such incident. */
  public Optional<List<IncidentEvent>> history(String incidentId) {
    return Optional.ofNullable(incidents.get(incidentId)).map(Entry::history);
  }

  /** Every incident the filter matches, newest report first (for callers that need the whole list). */
  public List<IncidentView> list(IncidentFilter filter) {
    List<IncidentView> matching = new ArrayList<>();
    newestFirst.values().forEach(id -> find(id).filter(filter::matches).ifPresent(matching::add));
    return matching;
  }

  /** One page of the incidents the filter matches, newest report first. */
  public Page<IncidentView> page(IncidentFilter filter, PageRequest request) {
    return page(INCIDENTS, request, view -> Optional.of(view).filter(filter::matches));
  }

  /**
   * One page of a list drawn from the incidents in the register's order, newest report first.
   *
   * @param list   the list's name, which its cursors carry (a cursor of another list is refused)
   * @param select the item an incident shows in the list, or empty when the list leaves it out
   */
  public <T> Page<T> page(String list, PageRequest request, Function<IncidentView, Optional<T>> select) {
    var after = request.cursor() == null ? newestFirst
        : newestFirst.tailMap(TimedPosition.fromCursor(list, request.cursor()), false);
    Iterator<IncidentView> views = after.values().stream().flatMap(id -> find(id).stream()).iterator();
    return Page.collect(views, select, request.limit(), view -> position(view).cursor(list));
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
    }
    return view;
  }
}
