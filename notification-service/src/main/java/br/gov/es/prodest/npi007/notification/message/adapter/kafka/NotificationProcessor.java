package br.gov.es.prodest.npi007.notification.message.adapter.kafka;

import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent;
import br.gov.es.prodest.npi007.notification.message.domain.MessageProjection;
import br.gov.es.prodest.npi007.notification.message.domain.Notification;
import br.gov.es.prodest.npi007.notification.message.domain.RenderingException;
import br.gov.es.prodest.npi007.notification.message.domain.Templates;
import br.gov.es.prodest.npi007.processing.DeadLetters;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Renders the messages an incident event calls for, each once: the ids of rendered notifications
 * are kept in a changelogged store, written in the same transaction as the message, so
 * re-processing an event (a retry, a duplicate, a rebuild) renders nothing twice.
 */
final class NotificationProcessor implements Processor<String, byte[], String, Outcome> {

  static final String RENDERED_STORE = "rendered-notifications";

  private final AvroCodec codec = AvroCodec.instance();
  private final Templates templates;
  private final MessageProjection.Settings settings;
  private ProcessorContext<String, Outcome> context;
  private KeyValueStore<String, String> rendered;

  NotificationProcessor(Templates templates, MessageProjection.Settings settings) {
    this.templates = templates;
    this.settings = settings;
  }

  @Override
  public void init(ProcessorContext<String, Outcome> context) {
    this.context = context;
    this.rendered = context.getStateStore(RENDERED_STORE);
  }

  @Override
  public void process(Record<String, byte[]> record) {
    Optional<IncidentEvent> event;
    List<Notification> notifications;
    try {
      SpecificRecord decoded = codec.decode(record.value());
      event = WireMapper.incidentEvent(decoded);
      notifications = event.isEmpty() ? List.of() : MessageProjection.project(event.get(), templates, settings);
    } catch (UndecodableRecordException | RenderingException e) {
      deadLetter(record, e.getMessage());
      return;
    }
    for (Notification notification : notifications) {
      if (rendered.get(notification.notificationId()) == null) {
        rendered.put(notification.notificationId(), notification.rendered().message().id());
        byte[] value = codec.encode(WireMapper.messageRendered(notification));
        context.forward(record.withKey(notification.notificationId()).withValue(new Outcome.Rendered(value)));
      }
    }
  }

  private void deadLetter(Record<String, byte[]> record, String reason) {
    context.forward(record.withValue((Outcome) new Outcome.DeadLettered(record.value()))
        .withHeaders(DeadLetters.headers(context, record.headers(), reason)));
  }

}
