package br.gov.es.prodest.npi007.maintenance.application;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
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
        envelope.occurredAt(), envelope.actor(), envelope.origin(), envelope.commandId(), details(event));
  }

  // Every event is a record whose first component is its envelope: the rest are its own fields.
  private static Map<String, Object> details(MaintenanceEvent event) {
    Map<String, Object> details = new LinkedHashMap<>();
    for (RecordComponent component : event.getClass().getRecordComponents()) {
      if (component.getType() == Envelope.class) {
        continue;
      }
      try {
        Object value = component.getAccessor().invoke(event);
        details.put(component.getName(), value instanceof Enum<?> || value instanceof Instant ? value.toString() : value);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("campo ilegível de " + event, e);
      }
    }
    return Collections.unmodifiableMap(details);
  }
}
