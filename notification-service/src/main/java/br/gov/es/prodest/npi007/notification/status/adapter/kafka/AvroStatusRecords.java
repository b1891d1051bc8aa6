package br.gov.es.prodest.npi007.notification.status.adapter.kafka;

import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.component.ComponentUpdated;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.ServiceRestored;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceAnnounced;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceCancelled;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceCompleted;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceRequested;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceRescheduled;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceStarted;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.MessageApproved;
import br.gov.es.prodest.npi007.avro.notification.MessageEdited;
import br.gov.es.prodest.npi007.avro.notification.MessagePostedManually;
import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.notification.status.application.StatusRecords;
import br.gov.es.prodest.npi007.notification.status.domain.Component;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MaintenanceScheduled;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MaintenanceStep;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MaintenanceStep.Step;
import br.gov.es.prodest.npi007.notification.status.domain.Verdict;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.ComponentSlug;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;

/**
 * The public status's records in Avro single-object encoding, any released schema version: only
 * what the page may show is kept (never reporters, organs, descriptions, SA numbers nor actors); a
 * report's component becomes its {@link ComponentSlug}.
 */
public final class AvroStatusRecords implements StatusRecords {

  private final AvroCodec codec = AvroCodec.instance();

  @Override
  public Optional<StatusEvent> read(byte[] value) {
    return Optional.ofNullable(toEvent(codec.decode(value)));
  }

  private static StatusEvent toEvent(SpecificRecord record) {
    if (record instanceof IncidentReported e) {
      EventEnvelope envelope = e.getEnvelope();
      return new StatusEvent.IncidentReported(envelope.getAggregateId(), envelope.getSequence(),
          slug(e.getComponent()), envelope.getOccurredAt());
    } else if (record instanceof IncidentTriaged e) {
      EventEnvelope envelope = e.getEnvelope();
      return new StatusEvent.IncidentTriaged(envelope.getAggregateId(), envelope.getSequence(), slug(e.getComponent()),
          Verdict.valueOf(e.getVerdict().name()), envelope.getOccurredAt());
    } else if (record instanceof ServiceRestored e) {
      EventEnvelope envelope = e.getEnvelope();
      return new StatusEvent.ServiceRestored(envelope.getAggregateId(), envelope.getSequence(), slug(e.getComponent()),
          envelope.getOccurredAt());
    } else if (record instanceof MaintenanceRequested e) {
      return scheduled(e.getEnvelope(), e.getComponent(), e.getStart(), e.getEnd());
    } else if (record instanceof MaintenanceRescheduled e) {
      return scheduled(e.getEnvelope(), e.getComponent(), e.getStart(), e.getEnd());
    } else if (record instanceof MaintenanceAnnounced e) {
      return step(e.getEnvelope(), Step.ANNOUNCED);
    } else if (record instanceof MaintenanceStarted e) {
      return step(e.getEnvelope(), Step.STARTED);
    } else if (record instanceof MaintenanceCompleted e) {
      return step(e.getEnvelope(), Step.COMPLETED);
    } else if (record instanceof MaintenanceCancelled e) {
      return step(e.getEnvelope(), Step.CANCELLED);
    }
    return message(record);
  }

  private static StatusEvent message(SpecificRecord record) {
    if (record instanceof MessageRendered e) {
      EventEnvelope envelope = e.getEnvelope();
      return new StatusEvent.MessageRendered(envelope.getAggregateId(), envelope.getSequence(), e.getMessageId(),
          e.getIncidentId(), e.getMaintenanceId(), e.getTitle(), text(e.getRenditions(), DeliveryChannel.WHATSAPP),
          text(e.getRenditions(), DeliveryChannel.EMAIL), e.getReviewRequired(), envelope.getOccurredAt());
    } else if (record instanceof MessageEdited e) {
      EventEnvelope envelope = e.getEnvelope();
      return new StatusEvent.MessageEdited(envelope.getAggregateId(), envelope.getSequence(),
          text(e.getRenditions(), DeliveryChannel.WHATSAPP), text(e.getRenditions(), DeliveryChannel.EMAIL),
          envelope.getOccurredAt());
    } else if (record instanceof MessageApproved e) {
      EventEnvelope envelope = e.getEnvelope();
      return new StatusEvent.MessageApproved(envelope.getAggregateId(), envelope.getSequence(),
          envelope.getOccurredAt());
    } else if (record instanceof MessagePostedManually e) {
      EventEnvelope envelope = e.getEnvelope();
      return new StatusEvent.MessagePostedManually(envelope.getAggregateId(), envelope.getSequence(),
          envelope.getOccurredAt());
    } else if (record instanceof ComponentUpdated e) {
      return new StatusEvent.ComponentUpdated(new Component(e.getSlug(), e.getName(), e.getGroup(), e.getPublic$()),
          e.getEnvelope().getOccurredAt());
    }
    return null;
  }

  private static MaintenanceScheduled scheduled(EventEnvelope envelope, String component, java.time.Instant start,
      java.time.Instant end) {
    return new MaintenanceScheduled(envelope.getAggregateId(), envelope.getSequence(), slug(component), start, end,
        envelope.getOccurredAt());
  }

  private static MaintenanceStep step(EventEnvelope envelope, Step step) {
    return new MaintenanceStep(envelope.getAggregateId(), envelope.getSequence(), step, envelope.getOccurredAt());
  }

  private static String text(List<Rendition> renditions, DeliveryChannel channel) {
    return renditions.stream().filter(rendition -> rendition.getChannel() == channel).map(Rendition::getText)
        .findFirst().orElse(null);
  }

  private static String slug(String component) {
    return ComponentSlug.of(component).orElse(null);
  }
}
