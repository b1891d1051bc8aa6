package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryState;
import br.gov.es.prodest.npi007.notification.outbox.adapter.kafka.NotificationWire;
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
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The delivery state of the notifications of the partitions this process owns: rebuilt on
 * assignment, followed from the notifications topic, dropped on revocation. Owned by the delivery
 * loop's thread alone. Undecodable notifications wait here as dead letters for the next commit.
 */
final class OwnedNotifications {

  private static final Logger log = LoggerFactory.getLogger(OwnedNotifications.class);

  private final AvroCodec codec = AvroCodec.instance();
  private final Map<String, DeliveryState> states = new HashMap<>();
  private final Map<String, Integer> partitionOf = new HashMap<>();
  private final Set<String> toRecover = new HashSet<>();
  private final Set<Integer> closing = new HashSet<>();
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

  /** A record of the notifications topic, read past the rebuild. */
  void apply(ConsumerRecord<byte[], byte[]> record) {
    String key = record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    try {
      var event = NotificationWire.toEvent(codec.decode(record.value()));
      states.put(key, states.getOrDefault(key, DeliveryState.NONE).after(event));
      partitionOf.put(key, record.partition());
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

  /** Decided events: the state moves on at once, before they are committed. */
  void record(List<DeliveryEvent> events, String id, List<DeliveryEvent> decided) {
    DeliveryState state = states.get(id);
    for (DeliveryEvent event : decided) {
      state = state.after(event);
    }
    states.put(id, state);
    events.addAll(decided);
  }

  /** A partition rebuilt from the topics: its unfinished attempts are to be recovered at the next turn. */
  void rebuilt(int partition, Map<String, DeliveryState> rebuilt) {
    drop(partition);
    rebuilt.forEach((id, state) -> {
      states.put(id, state);
      partitionOf.put(id, partition);
      toRecover.add(id);
    });
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
    on(Set.of(partition)).forEach(id -> {
      states.remove(id);
      partitionOf.remove(id);
      toRecover.remove(id);
    });
    closing.remove(partition);
  }

  void clear() {
    states.clear();
    partitionOf.clear();
    toRecover.clear();
    closing.clear();
  }

  private static byte[] bytes(long value) {
    return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
  }
}
