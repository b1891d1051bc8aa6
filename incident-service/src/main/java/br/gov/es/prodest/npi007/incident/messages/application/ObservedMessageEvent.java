package br.gov.es.prodest.npi007.incident.messages.application;

import br.gov.es.prodest.npi007.incident.application.TimelineEntry;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageFact;
import java.util.Objects;

/**
 * One notification or delivery event as the read model takes it.
 *
 * @param incidentId     the incident, when the event names it (the rendering and the delivery events do)
 * @param streamPosition the event's sequence in its notification's stream, to order equal times
 */
public record ObservedMessageEvent(String notificationId, String incidentId, long streamPosition, MessageFact fact,
    TimelineEntry entry) {

  public ObservedMessageEvent {
    Objects.requireNonNull(notificationId, "notificationId");
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(entry, "entry");
  }
}
