package br.gov.es.prodest.npi007.incident.messages.application;

import br.gov.es.prodest.npi007.incident.application.TimelineEntry;
import br.gov.es.prodest.npi007.incident.application.TracedRecord;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageProgress;
import br.gov.es.prodest.npi007.processing.EventHistory;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import br.gov.es.prodest.npi007.projection.StoreKey;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Read model answering "which of the norm's messages did each incident get, and how did each go
 * out?": folded from the notifications and deliveries topics, which arrive in any order between
 * them. Kept in a {@link ProjectionStore}, off the heap: per notification, its records as they came
 * from either topic, each with its trace id ({@link TracedRecord}), folded when asked; and an index
 * of each incident's notifications. Idempotent by event id, so a poll applied again after a crash
 * changes nothing.
 *
 * <p>Every instance of the service reads every partition into its own store, so any instance
 * answers any query. Thread-safe: one feeder (one replay over both topics), any number of readers.
 */
public final class IncidentMessages {

  /** The store's layout: change it whenever the keys or values below change. */
  public static final String LAYOUT = "incident-messages/2";
  private static final String RECORDS = "notification-records";
  private static final String BY_INCIDENT = "notifications-by-incident";

  private static final Comparator<Observed> IN_ORDER = Comparator
      .comparing((Observed observed) -> observed.entry().occurredAt())
      .thenComparing(observed -> observed.entry().kind())
      .thenComparing(observed -> observed.entry().notificationId())
      .thenComparingLong(Observed::streamPosition);

  private final ProjectionStore store;
  private final Function<byte[], Optional<ObservedMessageEvent>> decoder;

  /**
   * @param store   the read model's store
   * @param decoder reads one record of the notifications or deliveries topic; empty for a kind it ignores
   */
  public IncidentMessages(ProjectionStore store, Function<byte[], Optional<ObservedMessageEvent>> decoder) {
    this.store = store;
    this.decoder = decoder;
  }

  private record Observed(long streamPosition, TimelineEntry entry) {
  }

  private record Log(MessageProgress progress, List<Observed> observed) {
  }

  /**
   * Applies one record of the notifications or deliveries topic through the replay's write.
   *
   * @param traceId the trace id of the record's {@code traceparent}, or null when it had none
   */
  public void apply(byte[] record, String traceId, ProjectionWrite write) {
    Optional<ObservedMessageEvent> decoded = decoder.apply(record);
    if (decoded.isEmpty()) {
      return;
    }
    ObservedMessageEvent event = decoded.get();
    byte[] key = recordsKey(event.notificationId());
    byte[] stored = write.get(key);
    List<ObservedMessageEvent> known = events(stored);
    String eventId = event.entry().eventId();
    if (known.stream().anyMatch(seen -> seen.entry().eventId().equals(eventId))) {
      return;
    }
    write.put(key, EventHistory.append(stored, List.of(new TracedRecord(traceId, record).encode())));
    String incidentId = event.incidentId() != null ? event.incidentId()
        : fold(event.notificationId(), known).progress().incidentId();
    if (incidentId != null) {
      write.put(StoreKey.of(BY_INCIDENT).text(text(incidentId)).text(text(event.notificationId())).bytes(),
          event.notificationId().getBytes(StandardCharsets.UTF_8));
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

  /** The incident's notifications: a walk of its own index range. */
  private List<Log> logsOf(String incidentId) {
    byte[] range = StoreKey.of(BY_INCIDENT).text(text(incidentId)).bytes();
    try (Stream<ProjectionStore.Entry> entries = store.scan(range, null)) {
      return entries.map(entry -> new String(entry.value(), StandardCharsets.UTF_8))
          .map(notificationId -> fold(notificationId, events(store.get(recordsKey(notificationId)))))
          .toList();
    }
  }

  private List<ObservedMessageEvent> events(byte[] stored) {
    return EventHistory.read(stored).stream().map(TracedRecord::decode).flatMap(traced -> decoder.apply(traced.value())
        .map(event -> traced(event, traced.traceId())).stream()).toList();
  }

  private static ObservedMessageEvent traced(ObservedMessageEvent event, String traceId) {
    return new ObservedMessageEvent(event.notificationId(), event.incidentId(), event.streamPosition(), event.fact(),
        event.entry().withTraceId(traceId));
  }

  private static Log fold(String notificationId, List<ObservedMessageEvent> events) {
    MessageProgress progress = MessageProgress.of(notificationId);
    List<Observed> observed = new ArrayList<>(events.size());
    for (ObservedMessageEvent event : events) {
      progress = progress.after(event.fact());
      observed.add(new Observed(event.streamPosition(), event.entry()));
    }
    return new Log(progress, List.copyOf(observed));
  }

  private static byte[] recordsKey(String notificationId) {
    return StoreKey.of(RECORDS).text(text(notificationId)).bytes();
  }

  /** An id as a key segment: keys cannot hold the zero character, which a query's path may. */
  private static String text(String id) {
    return id.replace('\0', '\uFFFD');
  }
}
