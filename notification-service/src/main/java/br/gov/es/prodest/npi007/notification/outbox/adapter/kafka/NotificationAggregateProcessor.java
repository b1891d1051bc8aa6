package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import br.gov.es.prodest.npi007.notification.outbox.domain.DeliveryProgress;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationLifecycle;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageRendered;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationCommand;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationState;
import br.gov.es.prodest.npi007.processing.AggregateProcessor;
import br.gov.es.prodest.npi007.processing.LoadedAggregate;
import br.gov.es.prodest.npi007.processing.ProcessingTelemetry;
import br.gov.es.prodest.npi007.processing.RecordTracing;
import br.gov.es.prodest.npi007.processing.Routed;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The one writer of every notification's events. Keyed by notification id, it opens each
 * notification with its rendering (and, for an AUTO message, its approval), and decides ASCOM's
 * commands against the notification's stored state ({@link AggregateProcessor}): new events and the
 * command's result in the same Kafka transaction (exactly_once_v2).
 */
final class NotificationAggregateProcessor implements Processor<String, byte[], String, Routed> {

  /** The states store: its name is the one the histories had, so an upgrade keeps its changelog. */
  static final String HISTORIES = "notification-event-histories";
  /** Each notification's {@link DeliveryProgress}, advanced by its delivery events ({@link DeliveryProgressWire}). */
  static final String DELIVERY_PROGRESS = "notification-delivery-progress";

  private final AvroCodec codec = AvroCodec.instance();
  private final ProcessingTelemetry telemetry;
  private ProcessorContext<String, Routed> context;
  private AggregateProcessor<String, NotificationCommand, NotificationEvent, NotificationState> notifications;
  private KeyValueStore<String, String> deliveryProgress;

  NotificationAggregateProcessor(ProcessingTelemetry telemetry) {
    this.telemetry = telemetry;
  }

  @Override
  public void init(ProcessorContext<String, Routed> context) {
    this.context = context;
    this.notifications = new AggregateProcessor<>(context, HISTORIES, NotificationLifecycle.AGGREGATE,
        NotificationWire.INSTANCE, Function.identity(), telemetry);
    this.deliveryProgress = context.getStateStore(DELIVERY_PROGRESS);
  }

  @Override
  public void process(Record<String, byte[]> taken) {
    String topic = context.recordMetadata().map(RecordMetadata::topic).orElse("");
    boolean delivery = topic.equals(Topics.DELIVERIES.name());
    boolean command = topic.equals(Topics.NOTIFICATION_COMMANDS.name());
    // the two inputs taken ahead of the rendering: their own time back before anything is decided or written
    Record<String, byte[]> record = delivery || command ? AheadOfRendering.restored(taken) : taken;
    if (delivery) {
      advanceDelivery(record);
      return;
    }
    try (RecordTracing.Work work = telemetry.tracing().open(record.headers(), "notification decide")) {
      try {
        SpecificRecord decoded = codec.decode(record.value());
        if (command) {
          NotificationCommand decodedCommand = NotificationWire.INSTANCE.toCommand(decoded);
          work.named("notification decide " + decodedCommand.getClass().getSimpleName());
          decide(record, decodedCommand);
        } else {
          work.named("notification open");
          admit(record, NotificationWire.INSTANCE.toEvent(decoded));
        }
      } catch (UndecodableRecordException e) {
        notifications.deadLetter(record, e.getMessage());
      }
    }
  }

  private void admit(Record<String, byte[]> record, NotificationEvent event) {
    if (!(event instanceof MessageRendered rendered)) {
      throw new UndecodableRecordException("só uma mensagem renderizada abre uma notificação: "
          + event.getClass().getSimpleName());
    }
    LoadedAggregate<NotificationEvent, NotificationState> notification =
        notifications.load(rendered.envelope().aggregateId(), rendered.envelope().commandId());
    notifications.append(notification, NotificationLifecycle.admit(rendered, notification.state()),
        record.headers(), record.timestamp());
    notifications.save(notification);
  }

  private void decide(Record<String, byte[]> record, NotificationCommand command) {
    if (!command.notificationId().equals(record.key())) {
      // another key may be another partition, and so another writer of the same notification
      throw new UndecodableRecordException("a chave do registro (" + record.key()
          + ") não é a notificação do comando (" + command.notificationId() + ")");
    }
    LoadedAggregate<NotificationEvent, NotificationState> notification =
        notifications.load(command.aggregateId(), command.commandId());
    notifications.handle(record, command, notification,
        NotificationLifecycle.decide(command, notification.state(), progressOf(command.notificationId())));
  }

  private void advanceDelivery(Record<String, byte[]> record) {
    try {
      DeliveryProgress before = progressOf(record.key());
      DeliveryProgress after = DeliveryProgressWire.after(before, codec.decode(record.value()));
      if (!after.equals(before)) {
        deliveryProgress.put(record.key(), DeliveryProgressWire.encode(after));
      }
    } catch (UndecodableRecordException e) {
      notifications.deadLetter(record, e.getMessage());
    }
  }

  private DeliveryProgress progressOf(String notificationId) {
    return DeliveryProgressWire.decode(deliveryProgress.get(notificationId));
  }
}
