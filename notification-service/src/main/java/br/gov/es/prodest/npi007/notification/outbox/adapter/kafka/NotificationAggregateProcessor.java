package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import br.gov.es.prodest.npi007.notification.outbox.application.CommandOutcome;
import br.gov.es.prodest.npi007.notification.outbox.application.NotificationCommandHandler;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageRendered;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationCommand;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.processing.EventHistory;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The one writer of every notification's events. Keyed by notification id, it keeps each
 * notification's event history in a store, opens the notification with its rendering (and, for an
 * AUTO message, its approval), and decides ASCOM's commands against the history: new events and
 * the command's result are forwarded in the same Kafka transaction (exactly_once_v2), with the
 * command's headers, so the gateway's request/reply correlation header comes back on the result.
 */
final class NotificationAggregateProcessor implements Processor<String, byte[], String, Routed> {

  static final String HISTORIES = "notification-event-histories";

  private final AvroCodec codec = AvroCodec.instance();
  private ProcessorContext<String, Routed> context;
  private KeyValueStore<String, byte[]> histories;

  @Override
  public void init(ProcessorContext<String, Routed> context) {
    this.context = context;
    this.histories = context.getStateStore(HISTORIES);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    boolean command = context.recordMetadata().map(RecordMetadata::topic)
        .filter(Topics.NOTIFICATION_COMMANDS.name()::equals).isPresent();
    try {
      SpecificRecord decoded = codec.decode(record.value());
      if (command) {
        decide(record, NotificationWire.toCommand(decoded));
      } else {
        admit(record, NotificationWire.toEvent(decoded));
      }
    } catch (UndecodableRecordException e) {
      context.forward(DeadLetters.of(context, record, e.getMessage()));
    }
  }

  private void admit(Record<String, byte[]> record, NotificationEvent event) {
    if (!(event instanceof MessageRendered rendered)) {
      throw new UndecodableRecordException("só uma mensagem renderizada abre uma notificação: "
          + event.getClass().getSimpleName());
    }
    String notificationId = rendered.envelope().notificationId();
    byte[] stored = histories.get(notificationId);
    append(record, notificationId, stored, NotificationCommandHandler.admit(rendered, history(stored)));
  }

  private void decide(Record<String, byte[]> record, NotificationCommand command) {
    String notificationId = command.notificationId();
    if (!notificationId.equals(record.key())) {
      // another key may be another partition, and so another writer of the same notification
      throw new UndecodableRecordException("a chave do registro (" + record.key()
          + ") não é a notificação do comando (" + notificationId + ")");
    }
    byte[] stored = histories.get(notificationId);
    CommandOutcome outcome = NotificationCommandHandler.handle(command, history(stored));
    Record<String, byte[]> out = append(record, notificationId, stored, outcome.newEvents());
    byte[] result = codec.encode(NotificationWire.toResult(outcome));
    context.forward(out.withValue(new Routed(Routed.Lane.RESULTS, result)));
  }

  private Record<String, byte[]> append(Record<String, byte[]> record, String notificationId, byte[] stored,
      List<NotificationEvent> newEvents) {
    List<byte[]> encoded = newEvents.stream().map(NotificationWire::toAvro).map(codec::encode).toList();
    if (!encoded.isEmpty()) {
      histories.put(notificationId, EventHistory.append(stored, encoded));
    }
    Record<String, byte[]> out = record.withKey(notificationId);
    encoded.forEach(event -> context.forward(out.withValue(new Routed(Routed.Lane.EVENTS, event))));
    return out;
  }

  private List<NotificationEvent> history(byte[] stored) {
    return EventHistory.read(stored).stream().map(codec::decode).map(NotificationWire::toEvent).toList();
  }
}
