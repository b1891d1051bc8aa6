package br.gov.es.prodest.npi007.incident.messages.adapter.kafka;

import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.notification.MessageApproved;
import br.gov.es.prodest.npi007.avro.notification.MessageEdited;
import br.gov.es.prodest.npi007.avro.notification.MessagePostedManually;
import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.processing.CommonWire;
import br.gov.es.prodest.npi007.incident.application.TimelineEntry;
import br.gov.es.prodest.npi007.incident.messages.application.ObservedMessageEvent;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageFact;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/** The notifications topic's records (ASCOM's outbox) as the incident's messages read them. */
final class OutboxWire {

  private OutboxWire() {
  }

  /** The event a notification record is; empty for a record of another kind. */
  static Optional<ObservedMessageEvent> observed(SpecificRecord record) {
    if (record instanceof MessageRendered r) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("title", r.getTitle());
      details.put("templateVersion", r.getTemplateVersion());
      details.put("causationEventId", r.getCausationEventId());
      details.put("maintenanceId", r.getMaintenanceId());
      details.put("reviewRequired", r.getReviewRequired());
      details.put("renditions", renditions(r.getRenditions()));
      return Optional.of(event(r.getEnvelope(), r.getIncidentId(), r.getMessageId(), "MessageRendered", details,
          new MessageFact.Rendered(r.getMessageId(), r.getIncidentId(), r.getMaintenanceId(),
              r.getEnvelope().getOccurredAt(), r.getReviewRequired())));
    } else if (record instanceof MessageEdited e) {
      return Optional.of(event(e.getEnvelope(), null, null, "MessageEdited",
          Map.of("renditions", renditions(e.getRenditions())), new MessageFact.Edited()));
    } else if (record instanceof MessageApproved a) {
      return Optional.of(event(a.getEnvelope(), null, null, "MessageApproved", Map.of(), new MessageFact.Approved()));
    } else if (record instanceof MessagePostedManually p) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("note", p.getNote());
      return Optional.of(event(p.getEnvelope(), null, null, "MessagePostedManually", details,
          new MessageFact.PostedManually(p.getEnvelope().getOccurredAt())));
    }
    return Optional.empty();
  }

  private static ObservedMessageEvent event(EventEnvelope envelope, String incidentId, String messageId, String type,
      Map<String, Object> details, MessageFact fact) {
    return event(TimelineEntry.Kind.MESSAGE, envelope, incidentId, messageId, type, details, fact);
  }

  /** The entry and fact of one event of a notification's streams (outbox or deliveries). */
  static ObservedMessageEvent event(TimelineEntry.Kind kind, EventEnvelope envelope, String incidentId,
      String messageId, String type, Map<String, Object> details, MessageFact fact) {
    TimelineEntry entry = new TimelineEntry(kind, null, envelope.getEventId(), type, envelope.getOccurredAt(),
        CommonWire.actor(envelope.getActor()), CommonWire.same(envelope.getOrigin(), Origin.class), envelope.getCommandId(),
        envelope.getAggregateId(), messageId, Collections.unmodifiableMap(details), null);
    return new ObservedMessageEvent(envelope.getAggregateId(), incidentId, envelope.getSequence(), fact, entry);
  }

  private static List<Map<String, Object>> renditions(List<Rendition> renditions) {
    return renditions.stream().map(rendition -> {
      Map<String, Object> shown = new LinkedHashMap<>();
      shown.put("channel", rendition.getChannel().name());
      shown.put("subject", rendition.getSubject());
      shown.put("text", rendition.getText());
      shown.put("recipients", List.copyOf(rendition.getRecipients()));
      return shown;
    }).toList();
  }
}
