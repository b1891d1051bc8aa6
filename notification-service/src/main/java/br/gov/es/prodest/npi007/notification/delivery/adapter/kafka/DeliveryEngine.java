package br.gov.es.prodest.npi007.notification.delivery.adapter.kafka;

import br.gov.es.prodest.npi007.delivery.Delivery;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryDecisions;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.processing.RecordTracing;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryStarted;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryOrder;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryState;
import br.gov.es.prodest.npi007.notification.delivery.domain.RetryPolicy;
import br.gov.es.prodest.npi007.notification.delivery.domain.Routes;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.schemas.Topics;
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
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Delivers approved messages (CONTRACTS.md, "Delivery"). One loop thread owns the state
 * ({@link OwnedNotifications}): it reads the notifications of the partitions its consumer group
 * assigns, decides with {@link DeliveryDecisions}, commits the new delivery events in a transaction
 * fenced by the group's generation, and only then hands the started attempts to the providers'
 * pools. Results come back through a queue; retries are due by time, checked at every turn of the
 * loop, so no thread ever sleeps on one. A session that fails (a load that cannot complete, a fenced
 * producer) is logged and started again with new clients, rejoining the group; meanwhile the engine
 * reports itself unhealthy.
 *
 * <p>Start and rebalance do not grow with the history (issue 10): the engine joins its group only
 * once the {@link DeliveryStateStore} has caught up, and an assigned partition is loaded from that
 * store ({@link PartitionLoad}: after a barrier at the partition's ends, only its unfinished
 * notifications), its consumer resuming at the end the load includes. Records the store had
 * already read past that end are read again and skipped by sequence. Finished notifications leave
 * the heap after the commit that finishes them.
 */
public final class DeliveryEngine implements SmartLifecycle, ConsumerRebalanceListener {

  private static final Logger log = LoggerFactory.getLogger(DeliveryEngine.class);
  private static final Duration POLL = Duration.ofMillis(50);

  private final Supplier<KafkaConsumer<byte[], byte[]>> consumers;
  private final Supplier<DeliveryWriter> writers;
  private final PartitionLoad load;
  private final ProviderCalls calls;
  private final Routes routes;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Duration revokePatience;
  private final Duration restartDelay;
  private final OwnedNotifications owned = new OwnedNotifications();
  private final RecordTracing tracing;
  private volatile DeliveryObserver observer = DeliveryObserver.NONE;
  private volatile boolean running;
  private boolean stopping;
  private volatile Throwable failure;
  private KafkaConsumer<byte[], byte[]> consumer;
  private DeliveryWriter writer;
  private Thread thread;

  DeliveryEngine(Supplier<KafkaConsumer<byte[], byte[]>> consumers, Supplier<DeliveryWriter> writers,
      PartitionLoad load, ProviderCalls calls, Routes routes, RetryPolicy policy, Clock clock,
      Duration providerTimeout, Duration restartDelay) {
    this(consumers, writers, load, calls, routes, policy, clock, providerTimeout, restartDelay, RecordTracing.off());
  }

  /** @param tracing each attempt is a span of its notification's trace (the 6.1's, say) */
  DeliveryEngine(Supplier<KafkaConsumer<byte[], byte[]>> consumers, Supplier<DeliveryWriter> writers,
      PartitionLoad load, ProviderCalls calls, Routes routes, RecordTracing tracing, RetryPolicy policy, Clock clock,
      Duration providerTimeout, Duration restartDelay) {
    this(consumers, writers, load, calls, routes, policy, clock, providerTimeout, restartDelay, tracing);
  }

  private DeliveryEngine(Supplier<KafkaConsumer<byte[], byte[]>> consumers, Supplier<DeliveryWriter> writers,
      PartitionLoad load, ProviderCalls calls, Routes routes, RetryPolicy policy, Clock clock,
      Duration providerTimeout, Duration restartDelay, RecordTracing tracing) {
    this.tracing = tracing;
    this.consumers = consumers;
    this.writers = writers;
    this.load = load;
    this.calls = calls;
    this.routes = routes;
    this.policy = policy;
    this.clock = clock;
    this.revokePatience = providerTimeout.plusSeconds(5);
    this.restartDelay = restartDelay;
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

  /** Why the last session failed, until a new one has loaded its partitions. */
  public Optional<Throwable> failure() {
    return Optional.ofNullable(failure);
  }

  /** The loop runs, its store is current and its session has not failed (a failed one is being started again). */
  public boolean healthy() {
    Thread loop = thread;
    return running && loop != null && loop.isAlive() && failure == null && load.storeReady();
  }

  /** Who is told of the events each transaction commits (set before the start). */
  void observe(DeliveryObserver observer) {
    this.observer = observer;
  }

  /** How many notifications the engine holds now (the unfinished ones of its partitions); read by tests. */
  int held() {
    return owned.size();
  }

  private void run() {
    while (running) {
      try {
        session();
      } catch (RuntimeException e) {
        failure = e;
        log.error("Entregas: o laço de entrega falhou; nova sessão com o grupo em {} (entregas em andamento serão "
            + "registradas ou tratadas como incertas)", restartDelay, e);
        owned.clear();
        awaitInFlight(id -> true);
        pause(restartDelay);
      }
    }
  }

  /** One membership of the consumer group, with its own clients, until the stop or a failure. */
  private void session() {
    awaitStore();
    if (!running) {
      return;
    }
    try (KafkaConsumer<byte[], byte[]> client = consumers.get(); DeliveryWriter transactions = writers.get()) {
      consumer = client;
      writer = transactions;
      stopping = false;
      try {
        client.subscribe(List.of(Topics.NOTIFICATIONS.name()), this);
        while (running) {
          client.poll(POLL).forEach(owned::apply);
          turn();
        }
        finishInFlight();
      } catch (RuntimeException e) {
        // the clients close next: their revocation must not commit with a writer that failed
        stopping = true;
        throw e;
      }
    } finally {
      consumer = null;
    }
  }

  /** Joining the group before the store has caught up would block the assignment (and the group) on it. */
  private void awaitStore() {
    boolean told = false;
    while (running && !load.storeReady()) {
      if (!told) {
        log.info("Entregas: aguardando o modelo de leitura do estado de entrega alcançar os tópicos");
        told = true;
      }
      pause(Duration.ofMillis(20));
    }
  }

  /** One turn: record finished attempts, recover loaded partitions, start what is due; commit; then call. */
  private void turn() {
    Instant now = clock.instant();
    List<DeliveryEvent> events = new ArrayList<>();
    ProviderCalls.Completion done;
    while ((done = calls.nextCompletion()) != null) {
      DeliveryState state = owned.stateOf(done.notificationId());
      if (state == null) {
        log.warn("Entregas: resultado da entrega {} descartado: a partição mudou de dono", done.target().deliveryId());
        continue;
      }
      owned.record(events, done.notificationId(), DeliveryDecisions.after(state, done.target(), done.attempt(),
          done.result(), now, policy));
    }
    for (String id : owned.takeToRecover()) {
      owned.record(events, id, DeliveryDecisions.recover(owned.stateOf(id), now));
    }
    Map<String, Integer> free = calls.freeSlots();
    Map<String, DeliveryState> active = owned.active();
    // grouped once per round: each message is checked against its own subject's only, not every
    // message held (those waiting for ASCOM's review included), which grew as the square of them
    Map<String, List<DeliveryState>> bySubject = active.values().stream()
        .filter(state -> DeliveryOrder.subjectOf(state) != null)
        .collect(Collectors.groupingBy(DeliveryOrder::subjectOf));
    active.forEach((id, state) -> {
      String subject = DeliveryOrder.subjectOf(state);
      if (subject != null && DeliveryOrder.waitsForAnEarlierMessage(state, bySubject.get(subject), routes)) {
        return;
      }
      List<DeliveryEvent> due = DeliveryDecisions.due(state, now, routes, free);
      due.stream().filter(DeliveryStarted.class::isInstance)
          .forEach(started -> free.merge(((DeliveryStarted) started).target().provider(), -1, Integer::sum));
      owned.record(events, id, due);
    });
    commitAndCall(events);
  }

  private void commitAndCall(List<DeliveryEvent> events) {
    if (events.isEmpty() && owned.deadLetters.isEmpty()) {
      return;
    }
    try {
      writer.commit(owned.partitions(), events, owned.deadLetters, positions(), consumer.groupMetadata(),
          owned::traceOf);
      owned.deadLetters.clear();
    } catch (ProducerFencedException e) {
      throw e;
    } catch (KafkaException e) {
      // not committed: no attempt is made; the partitions' state is loaded again (the store has what was committed)
      log.warn("Entregas: transação não confirmada ({}); recarregando as partições", e.toString());
      loadAll(consumer.assignment());
      return;
    }
    observer.committed(events, owned::stateOf);
    events.stream().filter(DeliveryStarted.class::isInstance).map(DeliveryStarted.class::cast).forEach(this::call);
    Set<String> touched = new HashSet<>();
    events.forEach(event -> touched.add(event.message().notificationId()));
    owned.forgetFinished(touched);
  }

  private void call(DeliveryStarted started) {
    String notificationId = started.message().notificationId();
    try (RecordTracing.Work work = tracing.open(owned.traceOf(notificationId),
        "notification deliver " + started.target().channel())) {
      log.info("Entregas: tentativa {} da entrega {} (notificação {}) pelo provedor {}", started.attempt(),
          started.target().deliveryId(), notificationId, started.target().provider());
      call(started, notificationId);
    }
  }

  private void call(DeliveryStarted started, String notificationId) {
    ChannelText text = owned.stateOf(notificationId).texts().get(started.target().channel());
    calls.call(started.target(), new Delivery(started.target().deliveryId(), started.message().notificationId(),
        started.attempt(), started.target().recipient(), text.subject(), text.text(), text.html()));
  }

  private Map<TopicPartition, OffsetAndMetadata> positions() {
    Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>();
    consumer.assignment().forEach(partition ->
        positions.put(partition, new OffsetAndMetadata(consumer.position(partition))));
    return positions;
  }

  /** A load that fails is thrown out of the poll: the session fails and is started again. */
  @Override
  public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
    loadAll(partitions);
    failure = null;
  }

  private void loadAll(Collection<TopicPartition> partitions) {
    for (TopicPartition partition : partitions) {
      PartitionLoad.Loaded loaded = load.load(partition.partition(), consumer, () -> running);
      owned.loaded(partition.partition(), loaded.states());
      consumer.seek(partition, loaded.notificationsEnd());
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
    Set<Integer> revoked = new HashSet<>();
    partitions.forEach(partition -> revoked.add(partition.partition()));
    if (stopping) {
      revoked.forEach(owned::drop);
      return;
    }
    owned.closing(revoked);
    Set<String> ids = owned.on(revoked);
    awaitInFlight(deliveryId -> owned.targetOf(ids, deliveryId));
    turn();
    revoked.forEach(owned::drop);
  }

  @Override
  public void onPartitionsLost(Collection<TopicPartition> partitions) {
    partitions.forEach(partition -> owned.drop(partition.partition()));
  }

  private void awaitInFlight(java.util.function.Predicate<String> deliveryIds) {
    long deadline = System.nanoTime() + revokePatience.toNanos();
    while (calls.anyInFlight(deliveryIds) && System.nanoTime() < deadline) {
      pause(Duration.ofMillis(20));
    }
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
