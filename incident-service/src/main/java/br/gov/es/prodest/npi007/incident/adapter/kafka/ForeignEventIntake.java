package br.gov.es.prodest.npi007.incident.adapter.kafka;

import java.util.Optional;
import br.gov.es.prodest.npi007.processing.Intake;
import br.gov.es.prodest.npi007.processing.Routed;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;

/**
 * Events another service writes (deliveries, maintenances, notifications): those that call for an
 * incident command go to their incident; what cannot be decoded, is not a record of the topic, or
 * is refused by the mapping is a dead letter with its reason; the rest pass by.
 */
final class ForeignEventIntake {

  private static final AvroCodec CODEC = AvroCodec.instance();

  /**
   * What one event asks of the incident-service.
   *
   * @param incidentId the incident the command addresses, or null
   * @param command    the incident command, or null
   * @param refusal    why the event cannot be applied, or null
   */
  record Outcome(String incidentId, SpecificRecord command, String refusal) {

    static final Outcome IGNORED = new Outcome(null, null, null);

    static Outcome command(String incidentId, SpecificRecord command) {
      return new Outcome(incidentId, command, null);
    }

    static Outcome refused(String reason) {
      return new Outcome(null, null, reason);
    }
  }

  private ForeignEventIntake() {
  }

  /** The step of the topology on the topic: what the events ask becomes commands, refusals dead letters. */
  static Intake step(TopicSpec topic, Function<SpecificRecord, Outcome> commands) {
    return Intake.deadLettering((decoded, record, partition) -> {
      if (!topic.valueTypes().contains(decoded.getClass())) {
        throw new UndecodableRecordException("não é um registro do tópico " + topic.name() + ": "
            + decoded.getSchema().getFullName());
      }
      Outcome outcome = commands.apply(decoded);
      if (outcome.refusal() != null) {
        throw new UndecodableRecordException(outcome.refusal());
      }
      return Optional.ofNullable(outcome.command()).map(command -> Intake.to(record, outcome.incidentId(),
          Routed.Standard.BY_AGGREGATE, CODEC.encode(command)));
    });
  }
}
