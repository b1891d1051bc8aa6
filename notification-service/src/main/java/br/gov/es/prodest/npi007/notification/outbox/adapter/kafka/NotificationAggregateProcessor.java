package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import br.gov.es.prodest.npi007.avro.notification.NotificationSnapshot;
import br.gov.es.prodest.npi007.notification.outbox.application.CommandOutcome;
import br.gov.es.prodest.npi007.notification.outbox.application.NotificationCommandHandler;
import br.gov.es.prodest.npi007.notification.outbox.domain.ExistingNotification;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageRendered;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationCommand;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationLifecycle;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationState;
import br.gov.es.prodest.npi007.processing.AggregateStore;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * The one writer of every notification's events. Keyed by notification id, it keeps each
 * notification's folded state in its {@link AggregateStore}, opens the notification with its
 * rendering (and, for an AUTO message, its approval), and decides ASCOM's commands against the
 * state: new events and the command's result are forwarded in the same Kafka transaction
 * (exactly_once_v2), with the command's headers, so the gateway's request/reply correlation header
 * comes back on the result.
 */
final class NotificationAggregateProcessor implements Processor<String, byte[], String, Routed> {

  /** The states store: its name is the one the histories had, so an upgrade keeps its changelog. */
  static final String HISTORIES = "notification-event-histories";

  private final AvroCodec codec = AvroCodec.instance();
  private ProcessorContext<String, Routed> context;
  private AggregateStore aggregates;

  @Override
  public void init(ProcessorContext<String, Routed> context) {
    this.context = context;
    this.aggregates = new AggregateStore(context, HISTORIES);
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
    Loaded loaded = load(notificationId, rendered.envelope().commandId());
    List<NotificationEvent> newEvents = NotificationCommandHandler.admit(rendered, loaded.state());
    append(record, notificationId, loaded, NotificationCommandHandler.after(loaded.state(), newEvents), newEvents);
  }

  private void decide(Record<String, byte[]> record, NotificationCommand command) {
    String notificationId = command.notificationId();
    if (!notificationId.equals(record.key())) {
      // another key may be another partition, and so another writer of the same notification
      throw new UndecodableRecordException("a chave do registro (" + record.key()
          + ") não é a notificação do comando (" + notificationId + ")");
    }
    Loaded loaded = load(notificationId, command.metadata().commandId());
    CommandOutcome outcome = NotificationCommandHandler.handle(command, loaded.state());
    Record<String, byte[]> out = append(record, notificationId, loaded, outcome.after(), outcome.newEvents());
    byte[] result = codec.encode(NotificationWire.toResult(outcome));
    context.forward(out.withValue(new Routed(Routed.Lane.RESULTS, result)));
  }

  /**
   * The notification as stored, with the events {@code commandId} caused if it was applied: a
   * snapshot, or a history written before snapshots, folded here once.
   */
  private Loaded load(String notificationId, String commandId) {
    AggregateStore.Stored stored = aggregates.load(notificationId);
    if (stored.snapshot() == null) {
      return new Loaded(NotificationLifecycle.replay(events(stored.history())), !stored.history().isEmpty());
    }
    NotificationSnapshot snapshot = codec.decode(stored.snapshot(), NotificationSnapshot.class);
    List<NotificationEvent> caused = events(aggregates.caused(notificationId, commandId));
    return new Loaded(NotificationSnapshots.toState(snapshot, commandId, caused), false);
  }

  /**
   * Saves the state after the new events with the events each new command caused (every command
   * of a history replaced by its first snapshot, so their retries are still answered), and
   * forwards the new events.
   */
  private Record<String, byte[]> append(Record<String, byte[]> record, String notificationId, Loaded loaded,
      NotificationState after, List<NotificationEvent> newEvents) {
    List<byte[]> encoded = new ArrayList<>();
    Map<String, List<byte[]>> causedByCommand = new LinkedHashMap<>();
    for (NotificationEvent event : newEvents) {
      byte[] bytes = encode(event);
      encoded.add(bytes);
      causedByCommand.computeIfAbsent(event.envelope().commandId(), commandId -> new ArrayList<>()).add(bytes);
    }
    if (after instanceof ExistingNotification notification && (!encoded.isEmpty() || loaded.fromHistory())) {
      aggregates.save(notificationId, codec.encode(NotificationSnapshots.toSnapshot(notification)),
          loaded.fromHistory() ? encoded(notification.causedByCommand()) : causedByCommand);
    }
    Record<String, byte[]> out = record.withKey(notificationId);
    encoded.forEach(event -> context.forward(out.withValue(new Routed(Routed.Lane.EVENTS, event))));
    return out;
  }

  private byte[] encode(NotificationEvent event) {
    return codec.encode(NotificationWire.toAvro(event));
  }

  private Map<String, List<byte[]>> encoded(Map<String, List<NotificationEvent>> causedByCommand) {
    Map<String, List<byte[]>> encoded = new LinkedHashMap<>();
    causedByCommand.forEach((commandId, events) -> encoded.put(commandId, events.stream().map(this::encode).toList()));
    return encoded;
  }

  private List<NotificationEvent> events(List<byte[]> stored) {
    return stored.stream().map(codec::decode).map(NotificationWire::toEvent).toList();
  }

  /** A notification as loaded; {@code fromHistory} when the store held its history, not yet a snapshot. */
  private record Loaded(NotificationState state, boolean fromHistory) {
  }
}
