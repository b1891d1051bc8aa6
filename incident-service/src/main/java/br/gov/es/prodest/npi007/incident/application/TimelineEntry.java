package br.gov.es.prodest.npi007.incident.application;

import br.gov.es.prodest.npi007.incident.domain.Actor;
import br.gov.es.prodest.npi007.incident.domain.Envelope;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.Origin;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One event on an incident's timeline (CONTRACTS.md, issue 3).
 *
 * @param type    the event's name, e.g. {@code IncidentTriaged}
 * @param details the event's own fields besides its envelope, in declaration order; enums and
 *                instants as text
 */
public record TimelineEntry(
    long sequence,
    String eventId,
    String type,
    Instant occurredAt,
    Actor actor,
    Origin origin,
    String commandId,
    Map<String, Object> details) {

  static TimelineEntry of(IncidentEvent event) {
    Envelope envelope = event.envelope();
    return new TimelineEntry(envelope.sequence(), envelope.eventId(), event.getClass().getSimpleName(),
        envelope.occurredAt(), envelope.actor(), envelope.origin(), envelope.commandId(), details(event));
  }

  // Every event is a record whose first component is its envelope: the rest are its own fields.
  private static Map<String, Object> details(IncidentEvent event) {
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
