package br.gov.es.prodest.npi007.notification.message.adapter.kafka;

import br.gov.es.prodest.npi007.notification.message.domain.Notification;
import br.gov.es.prodest.npi007.notification.message.domain.RenderingException;
import br.gov.es.prodest.npi007.processing.DeadLetters;
import br.gov.es.prodest.npi007.processing.RecordTracing;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders the messages an incident or maintenance event calls for, each once: the ids of rendered
 * notifications are kept in a changelogged store, written in the same transaction as the message,
 * so re-processing an event (a retry, a duplicate, a rebuild) renders nothing twice. The incidents'
 * verdicts are kept in another store, for 6.4's recipients.
 */
final class NotificationProcessor implements Processor<String, byte[], String, Outcome> {

  private static final Logger log = LoggerFactory.getLogger(NotificationProcessor.class);
  static final String RENDERED_STORE = "rendered-notifications";
  static final String VERDICT_STORE = "incident-verdicts";

  private final RenderingStep step;
  private final Runnable awaitCatalogue;
  private final RecordTracing tracing;
  private final RenderingObserver observer;
  private ProcessorContext<String, Outcome> context;
  private StoreMemory memory;

  /** @param awaitCatalogue returns once the organ catalogue in force is read (recipients come from it) */
  NotificationProcessor(RenderingStep step, Runnable awaitCatalogue, RecordTracing tracing,
      RenderingObserver observer) {
    this.step = step;
    this.awaitCatalogue = awaitCatalogue;
    this.tracing = tracing;
    this.observer = observer;
  }

  @Override
  public void init(ProcessorContext<String, Outcome> context) {
    this.context = context;
    this.memory = new StoreMemory(context.getStateStore(RENDERED_STORE), context.getStateStore(VERDICT_STORE));
    awaitCatalogue.run();
  }

  @Override
  public void process(Record<String, byte[]> record) {
    try (RecordTracing.Work work = tracing.open(record.headers(), "notification render")) {
      render(record.withHeaders(tracing.stamp(record.headers())));
    }
  }

  // The record's headers already carry the rendering's trace context: what is forwarded keeps it.
  private void render(Record<String, byte[]> record) {
    List<Notification> notifications;
    try {
      notifications = step.apply(sourceTopic(), record.value(), memory);
    } catch (UndecodableRecordException | RenderingException e) {
      deadLetter(record, e.getMessage());
      return;
    }
    int partition = context.taskId().partition();
    for (Notification notification : notifications) {
      String id = notification.notificationId();
      context.forward(record.withKey(id)
          .withValue(new Outcome.Rendered(step.encode(notification), NotificationPlacement.ownedBy(id, partition))));
      log.info("Mensagem {} renderizada: notificação {}", notification.rendered().message().id(), id);
      // once per id (firstRendering); told again only if this transaction aborts and the record is processed anew
      observer.rendered(notification);
    }
  }

  /** The catalogue topic the record came from: the processor reads the incident and the maintenance events. */
  private TopicSpec sourceTopic() {
    String name = context.recordMetadata().map(RecordMetadata::topic)
        .orElseThrow(() -> new IllegalStateException("registro sem tópico de origem"));
    return Topics.named(name).orElseThrow(() -> new IllegalStateException("tópico fora do catálogo: " + name));
  }

  private void deadLetter(Record<String, byte[]> record, String reason) {
    context.forward(record.withValue((Outcome) new Outcome.DeadLettered(record.value()))
        .withHeaders(DeadLetters.headers(context, record.headers(), reason)));
  }

  /** The step's memory in the task's stores. */
  private record StoreMemory(KeyValueStore<String, String> rendered, KeyValueStore<String, String> verdicts)
      implements RenderingStep.Memory {

    @Override
    public Optional<String> verdictOf(String incidentId) {
      return Optional.ofNullable(verdicts.get(incidentId));
    }

    @Override
    public void rememberVerdict(String incidentId, String verdict) {
      verdicts.put(incidentId, verdict);
    }

    @Override
    public boolean firstRendering(String notificationId) {
      if (rendered.get(notificationId) != null) {
        return false;
      }
      rendered.put(notificationId, notificationId);
      return true;
    }
  }
}
