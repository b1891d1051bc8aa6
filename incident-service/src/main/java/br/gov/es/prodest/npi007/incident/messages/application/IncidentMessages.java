package br.gov.es.prodest.npi007.incident.messages.application;

import br.gov.es.prodest.npi007.incident.application.TimelineEntry;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageProgress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Read model answering "which of the norm's messages did each incident get, and how did each go
 * out?": folded from the notifications and deliveries topics, which arrive in any order between
 * them. Idempotent by event id, so it is rebuilt from offset zero at every start. Thread-safe: one
 * feeder per topic, any number of readers.
 */
public final class IncidentMessages {

  private static final Comparator<Observed> IN_ORDER = Comparator
      .comparing((Observed observed) -> observed.entry().occurredAt())
      .thenComparing(observed -> observed.entry().kind())
      .thenComparing(observed -> observed.entry().notificationId())
      .thenComparingLong(Observed::streamPosition);

  private final ConcurrentMap<String, Log> notifications = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Set<String>> notificationsByIncident = new ConcurrentHashMap<>();

  private record Observed(long streamPosition, TimelineEntry entry) {
  }

  private record Log(MessageProgress progress, List<Observed> observed, Set<String> eventIds) {
  }

  public void apply(ObservedMessageEvent event) {
    Log log = notifications.compute(event.notificationId(), (id, current) -> {
      Log known = current == null ? new Log(MessageProgress.of(id), List.of(), Set.of()) : current;
      if (known.eventIds().contains(event.entry().eventId())) {
        return known;
      }
      List<Observed> observed = new ArrayList<>(known.observed());
      observed.add(new Observed(event.streamPosition(), event.entry()));
      Set<String> eventIds = new HashSet<>(known.eventIds());
      eventIds.add(event.entry().eventId());
      return new Log(known.progress().after(event.fact()), List.copyOf(observed), Set.copyOf(eventIds));
    });
    String incidentId = event.incidentId() != null ? event.incidentId() : log.progress().incidentId();
    if (incidentId != null) {
      notificationsByIncident.computeIfAbsent(incidentId, id -> ConcurrentHashMap.newKeySet())
          .add(event.notificationId());
    }
  }

  /** The incident's messages, oldest rendering first. */
  public List<MessageProgress> messagesOf(String incidentId) {
    return logsOf(incidentId).stream().map(Log::progress)
        .sorted(Comparator.comparing(MessageProgress::renderedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(MessageProgress::notificationId))
        .toList();
  }

  /** Every step of the incident's messages and deliveries, by time (then message before delivery). */
  public List<TimelineEntry> timelineOf(String incidentId) {
    List<Observed> all = new ArrayList<>();
    for (Log log : logsOf(incidentId)) {
      String messageId = log.progress().messageId();
      log.observed().forEach(seen -> all.add(new Observed(seen.streamPosition(),
          seen.entry().messageId() == null ? seen.entry().withMessageId(messageId) : seen.entry())));
    }
    return all.stream().sorted(IN_ORDER).map(Observed::entry).toList();
  }

  private List<Log> logsOf(String incidentId) {
    return notificationsByIncident.getOrDefault(incidentId, Set.of()).stream()
        .map(notifications::get).filter(Objects::nonNull).toList();
  }
}
