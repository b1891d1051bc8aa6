package br.gov.es.prodest.npi007.notification.message.adapter.kafka;

import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent;
import br.gov.es.prodest.npi007.notification.message.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.notification.message.domain.MessageProjection;
import br.gov.es.prodest.npi007.notification.message.domain.Notification;
import br.gov.es.prodest.npi007.notification.message.domain.Templates;
import br.gov.es.prodest.npi007.notification.message.domain.Verdict;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/**
 * One input record (an incident or maintenance event) to the messages it calls for, each once: the
 * step the Kafka Streams processor runs, and the replay command runs again to compare.
 */
public final class RenderingStep {

  /** What the step remembers between records: a changelogged store in the app, a map in a replay. */
  public interface Memory {

    /** The verdict recorded for the incident, as {@code VERDICT} or {@code VERDICT|ORGAN}. */
    Optional<String> verdictOf(String incidentId);

    void rememberVerdict(String incidentId, String verdict);

    /** True once, the first time a notification id is seen; false for every repeat. */
    boolean firstRendering(String notificationId);
  }

  private final AvroCodec codec = AvroCodec.instance();
  private final Templates templates;
  private final MessageProjection.Settings settings;

  public RenderingStep(Templates templates, MessageProjection.Settings settings) {
    this.templates = templates;
    this.settings = settings;
  }

  /**
   * The notifications the record calls for and were not rendered before.
   *
   * @param topic the topic the record was read from (the incident or the maintenance events)
   * @throws br.gov.es.prodest.npi007.schemas.UndecodableRecordException for bytes that are no known
   *         record, or a record that does not travel on that topic
   * @throws br.gov.es.prodest.npi007.notification.message.domain.RenderingException when a message cannot be rendered
   */
  public List<Notification> apply(TopicSpec topic, byte[] value, Memory memory) {
    SpecificRecord decoded = topic.decode(value);
    List<Notification> due = WireMapper.incidentEvent(decoded)
        .map(event -> MessageProjection.project(withVerdict(event, memory), templates, settings))
        .or(() -> WireMapper.maintenanceEvent(decoded)
            .map((MaintenanceEvent event) -> List.of(MessageProjection.project(event, templates, settings))))
        .orElse(List.of());
    return due.stream().filter(notification -> memory.firstRendering(notification.notificationId())).toList();
  }

  /** 6.4 is e-mailed as the verdict said: the verdict is remembered when triaged, and told when restored. */
  private static IncidentEvent withVerdict(IncidentEvent event, Memory memory) {
    String incidentId = event.causation().aggregateId();
    if (event instanceof IncidentEvent.IncidentTriaged triaged) {
      memory.rememberVerdict(incidentId, triaged.verdict().name()
          + (triaged.organ() == null ? "" : "|" + triaged.organ()));
    } else if (event instanceof IncidentEvent.ServiceRestored restored) {
      return memory.verdictOf(incidentId).map(known -> {
        String[] parts = known.split("\\|", 2);
        return (IncidentEvent) restored.triaged(Verdict.valueOf(parts[0]), parts.length > 1 ? parts[1] : null);
      }).orElse(restored);
    }
    return event;
  }

  /** The wire record of a rendered notification, encoded. */
  public byte[] encode(Notification notification) {
    return codec.encode(WireMapper.messageRendered(notification));
  }
}
