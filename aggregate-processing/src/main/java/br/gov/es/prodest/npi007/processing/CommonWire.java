package br.gov.es.prodest.npi007.processing;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.AggregateState;
import br.gov.es.prodest.npi007.aggregate.Command;
import br.gov.es.prodest.npi007.aggregate.CommandOutcome;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.Event;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.command.CommandWarning;
import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;

/**
 * The parts every aggregate's records share, domain to wire and back: actor, origin, envelope, and
 * the answer to a command. Domain and wire enums share their symbols.
 */
public final class CommonWire {

  private CommonWire() {
  }

  /** The enum constant of the same name in the other world. */
  public static <E extends Enum<E>> E same(Enum<?> value, Class<E> type) {
    return value == null ? null : Enum.valueOf(type, value.name());
  }

  public static Origin origin(CommandMetadata metadata) {
    return same(metadata.getOrigin(), Origin.class);
  }

  public static Actor actor(CommandMetadata metadata) {
    return actor(metadata.getActor());
  }

  public static EventEnvelope envelope(Envelope envelope) {
    return new EventEnvelope(envelope.eventId(), envelope.aggregateId(), envelope.sequence(), envelope.occurredAt(),
        actor(envelope.actor()), same(envelope.origin(), br.gov.es.prodest.npi007.avro.common.Origin.class),
        envelope.commandId(), envelope.correlationId());
  }

  public static Envelope envelope(EventEnvelope envelope) {
    return new Envelope(envelope.getEventId(), envelope.getAggregateId(), envelope.getSequence(),
        envelope.getOccurredAt(), actor(envelope.getActor()), same(envelope.getOrigin(), Origin.class),
        envelope.getCommandId(), envelope.getCorrelationId());
  }

  public static br.gov.es.prodest.npi007.avro.common.Actor actor(Actor actor) {
    return new br.gov.es.prodest.npi007.avro.common.Actor(actor.userId(),
        same(actor.role(), br.gov.es.prodest.npi007.avro.common.Role.class), actor.organ(), actor.subject());
  }

  public static Actor actor(br.gov.es.prodest.npi007.avro.common.Actor actor) {
    return new Actor(actor.getUserId(), same(actor.getRole(), Role.class), actor.getOrgan(), actor.getSubject());
  }

  /**
   * The answer to a command, keyed like it by the aggregate it addressed.
   *
   * @param status the aggregate's status afterwards, or null when it does not exist
   */
  public static <C extends Command, E extends Event, S extends AggregateState> CommandResult result(
      CommandOutcome<C, E, S> outcome, Enum<?> status) {
    CommandResult.Builder result = CommandResult.newBuilder()
        .setCommandId(outcome.command().commandId())
        .setAggregateId(outcome.command().aggregateId())
        .setAccepted(outcome.accepted())
        .setStatus(status == null ? null : status.name())
        .setVersion(outcome.version())
        .setEventIds(outcome.eventIds())
        .setWarnings(outcome.warnings().stream()
            .map(warning -> new CommandWarning(warning.code(), warning.detail(), warning.relatedIds())).toList());
    outcome.rejection().ifPresent(rejection -> result
        .setRejectionKind(same(rejection.kind(), RejectionKind.class))
        .setRejectionCode(rejection.code())
        .setRejectionDetail(rejection.detail()));
    return result.build();
  }
}
