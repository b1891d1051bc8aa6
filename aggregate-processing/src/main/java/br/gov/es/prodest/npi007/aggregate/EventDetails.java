package br.gov.es.prodest.npi007.aggregate;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An event's own fields, as a timeline or a history shows them. */
public final class EventDetails {

  private EventDetails() {
  }

  /**
   * The fields of an event (a record whose envelope is one of its components) besides its envelope,
   * in declaration order; enums and instants as text.
   */
  public static Map<String, Object> of(Event event) {
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
