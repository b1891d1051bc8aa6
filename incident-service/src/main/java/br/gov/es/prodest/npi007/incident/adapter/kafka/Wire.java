package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.incident.domain.Actor;
import br.gov.es.prodest.npi007.incident.domain.Envelope;
import br.gov.es.prodest.npi007.incident.domain.Origin;
import br.gov.es.prodest.npi007.incident.domain.Role;

/** The parts every incident record shares (actor, origin, envelope, enums), domain to wire and back. */
public final class Wire {

  private Wire() {
  }

  /** The enum constant of the same name in the other world (domain and wire enums share their symbols). */
  public static <E extends Enum<E>> E same(Enum<?> value, Class<E> type) {
    return value == null ? null : Enum.valueOf(type, value.name());
  }

  static Origin origin(CommandMetadata metadata) {
    return same(metadata.getOrigin(), Origin.class);
  }

  static EventEnvelope envelope(Envelope envelope) {
    return new EventEnvelope(envelope.eventId(), envelope.incidentId(), envelope.sequence(), envelope.occurredAt(),
        actor(envelope.actor()), same(envelope.origin(), br.gov.es.prodest.npi007.avro.common.Origin.class),
        envelope.commandId(), envelope.correlationId());
  }

  static Envelope envelope(EventEnvelope envelope) {
    return new Envelope(envelope.getEventId(), envelope.getAggregateId(), envelope.getSequence(),
        envelope.getOccurredAt(), actor(envelope.getActor()), same(envelope.getOrigin(), Origin.class),
        envelope.getCommandId(), envelope.getCorrelationId());
  }

  static br.gov.es.prodest.npi007.avro.common.Actor actor(Actor actor) {
    return new br.gov.es.prodest.npi007.avro.common.Actor(actor.userId(),
        same(actor.role(), br.gov.es.prodest.npi007.avro.common.Role.class), actor.organ());
  }

  public static Actor actor(br.gov.es.prodest.npi007.avro.common.Actor actor) {
    return new Actor(actor.getUserId(), same(actor.getRole(), Role.class), actor.getOrgan());
  }
}
