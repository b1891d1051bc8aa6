package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import br.gov.es.prodest.npi007.delivery.Delivery;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryDecisions;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryStarted;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryState;
import br.gov.es.prodest.npi007.notification.delivery.domain.RetryPolicy;
import br.gov.es.prodest.npi007.notification.delivery.domain.Routes;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.outbox.adapter.kafka.NotificationWire;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Delivers approved messages (CONTRACTS.md, "Delivery"). One loop thread owns the state: it reads
 * the notifications of the partitions its consumer group assigns (each rebuilt from offset zero of
 * both topics on assignment), decides with {@link DeliveryDecisions}, commits the new delivery
 * events in a transaction fenced by the group's generation, and only then hands the started
 * attempts to the providers' pools. Results come back through a queue; retries are due by time,
 * checked at every turn of the loop, so no thread ever sleeps on one.
 */
public final class DeliveryEngine implements SmartLifecycle, ConsumerRebalanceListener {

  private static final Logger log = LoggerFactory.getLogger(DeliveryEngine.class);
  private static final Duration POLL = Duration.ofMillis(50);

  private final Supplier<KafkaConsumer<byte[], byte[]>> consumers;
  private final Supplier<DeliveryWriter> writers;
  private final PartitionRebuild rebuild;
  private final ProviderCalls calls;
  private final Routes routes;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Duration revokePatience;
  private final Map<String, DeliveryState> states = new HashMap<>();
  private final Map<String, Integer> partitionOf = new HashMap<>();
  private final Set<String> toRecover = new HashSet<>();
  private final Set<Integer> closing = new HashSet<>();
  private final List<DeliveryWriter.DeadLetter> deadLetters = new ArrayList<>();
  private final AvroCodec codec = AvroCodec.instance();
  private volatile boolean running;
  private boolean stopping;
  private volatile Throwable failure;
  private KafkaConsumer<byte[], byte[]> consumer;
  private DeliveryWriter writer;
  private Thread thread;

  DeliveryEngine(Supplier<KafkaConsumer<byte[], byte[]>> consumers, Supplier<DeliveryWriter> writers,
      PartitionRebuild rebuild, ProviderCalls calls, Routes routes, RetryPolicy policy, Clock clock,
      Duration providerTimeout) {
    this.consumers = consumers;
    this.writers = writers;
    this.rebuild = rebuild;
    this.calls = calls;
    this.routes = routes;
    this.policy = policy;
    this.clock = clock;
    this.revokePatience = providerTimeout.plusSeconds(5);
  }

  @Override
  public synchronized void start() {
    running = true;
    failure = null;
    thread = new Thread(this::run, "notification-delivery");
    thread.start();
  }

  @Override
  public synchronized void stop() {
    // no wakeup: the loop polls briefly and, seeing the stop, records the attempts in flight first
    running = false;
    try {
      thread.join(revokePatience.plusSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    calls.shutdown();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Why the loop stopped, if it failed. */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure);
  }

  private void run() {
    try (KafkaConsumer<byte[], byte[]> client = consumers.get(); DeliveryWriter transactions = writers.get()) {
      consumer = client;
      writer = transactions;
      stopping = false;
      client.subscribe(List.of(Topics.NOTIFICATIONS.name()), this);
      while (running) {
        client.poll(POLL).forEach(this::apply);
        turn();
      }
      finishInFlight();
    } catch (RuntimeException e) {
      failure = e;
      log.error("Entregas: o laço de entrega parou", e);
    } finally {
      consumer = null;
    }
  }

  private void apply(ConsumerRecord<byte[], byte[]> record) {
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

  /** One turn: record finished attempts, recover rebuilt partitions, start what is due; commit; then call. */
  private void turn() {
    Instant now = clock.instant();
    List<DeliveryEvent> events = new ArrayList<>();
    ProviderCalls.Completion done;
    while ((done = calls.nextCompletion()) != null) {
      DeliveryState state = states.get(done.notificationId());
      if (state == null) {
        log.warn("Entregas: resultado da entrega {} descartado: a partição mudou de dono", done.target().deliveryId());
        continue;
      }
      record(events, done.notificationId(), DeliveryDecisions.after(state, done.target(), done.attempt(),
          done.result(), now, policy));
    }
    for (String id : toRecover) {
      record(events, id, DeliveryDecisions.recover(states.get(id), now));
    }
    toRecover.clear();
    Map<String, Integer> free = calls.freeSlots();
    for (Map.Entry<String, DeliveryState> entry : new ArrayList<>(states.entrySet())) {
      if (active(entry.getKey(), entry.getValue())) {
        List<DeliveryEvent> due = DeliveryDecisions.due(entry.getValue(), now, routes, free);
        due.stream().filter(DeliveryStarted.class::isInstance)
            .forEach(started -> free.merge(((DeliveryStarted) started).target().provider(), -1, Integer::sum));
        record(events, entry.getKey(), due);
      }
    }
    commitAndCall(events);
  }

  private boolean active(String id, DeliveryState state) {
    return state.message() != null && !state.ledger().isDelivered() && (state.approved() || state.postedManually())
        && !closing.contains(partitionOf.get(id));
  }

  private void record(List<DeliveryEvent> events, String id, List<DeliveryEvent> decided) {
    DeliveryState state = states.get(id);
    for (DeliveryEvent event : decided) {
      state = state.after(event);
    }
    states.put(id, state);
    events.addAll(decided);
  }

  private void commitAndCall(List<DeliveryEvent> events) {
    if (events.isEmpty() && deadLetters.isEmpty()) {
      return;
    }
    try {
      writer.commit(partitionOf, events, deadLetters, positions(), consumer.groupMetadata());
      deadLetters.clear();
    } catch (ProducerFencedException e) {
      throw e;
    } catch (KafkaException e) {
      // not committed: no attempt is made; the partitions' state is read again from the topics
      log.warn("Entregas: transação não confirmada ({}); reconstruindo as partições", e.toString());
      rebuildAll(consumer.assignment());
      return;
    }
    events.stream().filter(DeliveryStarted.class::isInstance).map(DeliveryStarted.class::cast).forEach(this::call);
  }

  private void call(DeliveryStarted started) {
    ChannelText text = states.get(started.message().notificationId()).texts().get(started.target().channel());
    calls.call(started.target(), new Delivery(started.target().deliveryId(), started.message().notificationId(),
        started.attempt(), started.target().recipient(), text.subject(), text.text(), text.html()));
  }

  private Map<TopicPartition, OffsetAndMetadata> positions() {
    Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>();
    consumer.assignment().forEach(partition ->
        positions.put(partition, new OffsetAndMetadata(consumer.position(partition))));
    return positions;
  }

  @Override
  public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
    rebuildAll(partitions);
  }

  private void rebuildAll(Collection<TopicPartition> partitions) {
    for (TopicPartition partition : partitions) {
      drop(partition.partition());
      PartitionRebuild.Rebuilt rebuilt = rebuild.rebuild(partition.partition());
      rebuilt.states().forEach((id, state) -> {
        states.put(id, state);
        partitionOf.put(id, partition.partition());
        toRecover.add(id);
      });
      consumer.seek(partition, rebuilt.notificationsEnd());
    }
  }

  /** On a clean stop, as on a revocation: the attempts in flight end and are recorded before the clients close. */
  private void finishInFlight() {
    try {
      onPartitionsRevoked(consumer.assignment());
    } catch (KafkaException e) {
      log.warn("Entregas: resultados em andamento não registrados na parada ({}): serão tratados como incertos", e.toString());
    }
    stopping = true;
  }

  /** Before handing partitions over: the attempts in flight end (bounded by the timeout) and are recorded. */
  @Override
  public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
    if (stopping) {
      partitions.forEach(partition -> drop(partition.partition()));
      return;
    }
    Set<Integer> revoked = new HashSet<>();
    partitions.forEach(partition -> revoked.add(partition.partition()));
    closing.addAll(revoked);
    Set<String> ids = new HashSet<>();
    partitionOf.forEach((id, partition) -> {
      if (revoked.contains(partition)) {
        ids.add(id);
      }
    });
    long deadline = System.nanoTime() + revokePatience.toNanos();
    while (calls.anyInFlight(deliveryId -> inFlightOf(ids, deliveryId)) && System.nanoTime() < deadline) {
      pause();
    }
    turn();
    revoked.forEach(this::drop);
    closing.removeAll(revoked);
  }

  @Override
  public void onPartitionsLost(Collection<TopicPartition> partitions) {
    partitions.forEach(partition -> drop(partition.partition()));
  }

  private boolean inFlightOf(Set<String> notificationIds, String deliveryId) {
    return notificationIds.stream().map(states::get).anyMatch(state -> state != null
        && state.ledger().targets().containsKey(deliveryId));
  }

  private void drop(int partition) {
    List<String> ids = partitionOf.entrySet().stream().filter(entry -> entry.getValue() == partition)
        .map(Map.Entry::getKey).toList();
    ids.forEach(id -> {
      states.remove(id);
      partitionOf.remove(id);
      toRecover.remove(id);
    });
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static byte[] bytes(long value) {
    return String.valueOf(value).getBytes(StandardCharsets.UTF_8);
  }
}
