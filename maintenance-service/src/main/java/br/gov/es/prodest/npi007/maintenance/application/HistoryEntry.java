package br.gov.es.prodest.npi007.maintenance.application;

import br.gov.es.prodest.npi007.aggregate.EventDetails;
import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import java.time.Instant;
import java.util.Map;

/**
 * One event in a maintenance's history (CONTRACTS.md, issue 5).
 *
 * @param type    the event's name, e.g. {@code MaintenanceRescheduled}
 * @param details the event's own fields besides its envelope, in declaration order; instants as text
 */
public record HistoryEntry(
    long sequence,
    String eventId,
    String type,
    Instant occurredAt,
    Actor actor,
    Origin origin,
    String commandId,
    Map<String, Object> details) {

  static HistoryEntry of(MaintenanceEvent event) {
    Envelope envelope = event.envelope();
    return new HistoryEntry(envelope.sequence(), envelope.eventId(), event.getClass().getSimpleName(),
        envelope.occurredAt(), envelope.actor(), envelope.origin(), envelope.commandId(), EventDetails.of(event));
  }
}
