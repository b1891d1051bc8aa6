package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryState;
import br.gov.es.prodest.npi007.notification.outbox.adapter.kafka.NotificationWire;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageRendered;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery state of the unfinished notifications of the partitions this process owns: loaded
 * from the store on assignment, followed from the notifications topic, dropped on revocation. A
 * notification leaves once {@linkplain DeliveryState#finished() finished} (after the commit that
 * finishes it), so the heap holds what is being delivered, not the history. A notification record
 * for one not held is for a new notification (its rendering) or for a finished one, which nothing
 * can change: it is ignored. Owned by the delivery loop's thread alone. Undecodable notifications
 * wait here as dead letters for the next commit.
 */
final class OwnedNotifications {

  private static final Logger log = LoggerFactory.getLogger(OwnedNotifications.class);

  private static final List<String> TRACE_HEADERS = List.of("traceparent", "tracestate");
  private final AvroCodec codec = AvroCodec.instance();
  private final Map<String, DeliveryState> states = new HashMap<>();
  /** Per notification, the sequence of its last notification event: records read again are skipped. */
  private final Map<String, Long> versions = new HashMap<>();
  private final Map<String, Integer> partitionOf = new HashMap<>();
  private final Set<String> toRecover = new HashSet<>();
  private final Set<Integer> closing = new HashSet<>();
  // The trace context of each notification's last record read (W3C headers only): its delivery
  // events and attempts continue that trace. A notification loaded from the store has none (a new trace).
  private final Map<String, Headers> traces = new HashMap<>();
  final List<DeliveryWriter.DeadLetter> deadLetters = new ArrayList<>();

  DeliveryState stateOf(String notificationId) {
    return states.get(notificationId);
  }

  Map<String, Integer> partitions() {
    return partitionOf;
  }

  /** The notifications that may have something due: approved or posted, not delivered, not being handed over. */
  Map<String, DeliveryState> active() {
    Map<String, DeliveryState> active = new HashMap<>();
    states.forEach((id, state) -> {
      if (state.message() != null && !state.ledger().isDelivered() && (state.approved() || state.postedManually())
          && !closing.contains(partitionOf.get(id))) {
        active.put(id, state);
      }
    });
    return active;
  }

  /** A record of the notifications topic, read from the end the partition was loaded up to. */
  void apply(ConsumerRecord<byte[], byte[]> record) {
    String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    try {
      var event = NotificationWire.INSTANCE.toEvent(codec.decode(record.value()));
      DeliveryState state = states.get(key);
      if (state == null && !(event instanceof MessageRendered)) {
        return; // a finished notification's
      }
      TrackedState tracked = state == null ? TrackedState.NONE : new TrackedState(state, versions.get(key));
      TrackedState next = tracked.after(event);
      if (next != tracked) {
        states.put(key, next.state());
        versions.put(key, next.version());
        partitionOf.put(key, record.partition());
        traces.put(key, traceContext(record.headers()));
      }
    } catch (UndecodableRecordException e) {
      RecordHeaders headers = new RecordHeaders(record.headers().toArray());
      headers.add(Topics.DeadLetterHeaders.REASON, e.getMessage().getBytes(StandardCharsets.UTF_8));
      headers.add(Topics.DeadLetterHeaders.SOURCE_TOPIC, record.topic().getBytes(StandardCharsets.UTF_8));
      headers.add(Topics.DeadLetterHeaders.SOURCE_PARTITION, bytes(record.partition()));
      headers.add(Topics.DeadLetterHeaders.SOURCE_OFFSET, bytes(record.offset()));
      log.warn("Entregas: registro enviado à fila de mensagens mortas ({}-{}@{}): {}", record.topic(),
          record.partition(), record.offset(), e.getMessage());
      deadLetters.add(new DeliveryWriter.DeadLetter(record.key(), record.value(), headers));
    }
  }

  /** The trace context the notification's delivery continues (no headers: a new trace). */
  Headers traceOf(String id) {
    return traces.getOrDefault(id, new RecordHeaders());
  }

  private static Headers traceContext(Headers headers) {
    RecordHeaders kept = new RecordHeaders();
    for (String name : TRACE_HEADERS) {
      Header header = headers.lastHeader(name);
      if (header != null) {
        kept.add(header);
      }
    }
    return kept;
  }

  /** Decided events: the state moves on at once, before they are committed. */
  void record(List<DeliveryEvent> events, String id, List<DeliveryEvent> decided) {
    DeliveryState state = states.get(id);
    for (DeliveryEvent event : decided) {
      state = state.after(event);
    }
    states.put(id, state);
    events.addAll(decided);
  }

  /** A partition loaded from the store: its unfinished attempts are to be recovered at the next turn. */
  void loaded(int partition, Map<String, TrackedState> loaded) {
    drop(partition);
    loaded.forEach((id, tracked) -> {
      states.put(id, tracked.state());
      versions.put(id, tracked.version());
      partitionOf.put(id, partition);
      toRecover.add(id);
    });
  }

  /** The notifications, among these, that committed events finished leave (none has an attempt in flight). */
  void forgetFinished(Set<String> ids) {
    ids.forEach(id -> {
      DeliveryState state = states.get(id);
      if (state != null && state.finished() && !toRecover.contains(id)) {
        forget(id);
      }
    });
  }

  /** How many notifications are held. */
  int size() {
    return states.size();
  }

  /** The notifications whose unfinished attempts are to be given up as uncertain; the list is emptied. */
  Set<String> takeToRecover() {
    Set<String> taken = new HashSet<>(toRecover);
    toRecover.clear();
    return taken;
  }

  void closing(Set<Integer> partitions) {
    closing.addAll(partitions);
  }

  /** The notifications of these partitions. */
  Set<String> on(Set<Integer> partitions) {
    Set<String> ids = new HashSet<>();
    partitionOf.forEach((id, partition) -> {
      if (partitions.contains(partition)) {
        ids.add(id);
      }
    });
    return ids;
  }

  /** True when the delivery is one of these notifications' targets. */
  boolean targetOf(Set<String> notificationIds, String deliveryId) {
    return notificationIds.stream().map(states::get).anyMatch(state -> state != null
        && state.ledger().targets().containsKey(deliveryId));
  }

  void drop(int partition) {
    on(Set.of(partition)).forEach(this::forget);
    closing.remove(partition);
  }

  private void forget(String id) {
    traces.remove(id);
    states.remove(id);
    versions.remove(id);
    partitionOf.remove(id);
    toRecover.remove(id);
  }

  void clear() {
    traces.clear();
    states.clear();
    versions.clear();
    partitionOf.clear();
    toRecover.clear();
    closing.clear();
  }

  private static byte[] bytes(long value) {
    return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
  }
}
