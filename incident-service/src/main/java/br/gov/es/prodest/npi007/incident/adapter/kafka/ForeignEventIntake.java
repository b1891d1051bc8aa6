package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.processing.DeadLetters;
import br.gov.es.prodest.npi007.processing.Routed;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Events another service writes (deliveries, maintenances, notifications): those that call for an
 * incident command go to their incident; what cannot be decoded, is not a record of the topic, or
 * is refused by the mapping is a dead letter with its reason; the rest pass by.
 */
final class ForeignEventIntake implements Processor<byte[], byte[], byte[], Routed> {

  private final AvroCodec codec = AvroCodec.instance();
  private final TopicSpec topic;
  private final Function<SpecificRecord, Outcome> commands;
  private ProcessorContext<byte[], Routed> context;

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

  ForeignEventIntake(TopicSpec topic, Function<SpecificRecord, Outcome> commands) {
    this.topic = topic;
    this.commands = commands;
  }

  @Override
  public void init(ProcessorContext<byte[], Routed> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    Outcome outcome;
    try {
      outcome = outcomeOf(codec.decode(record.value()));
    } catch (UndecodableRecordException e) {
      outcome = Outcome.refused(e.getMessage());
    }
    if (outcome.refusal() != null) {
      context.forward(DeadLetters.of(context, record, outcome.refusal()));
    } else if (outcome.command() != null) {
      context.forward(record.withKey(Routed.key(outcome.incidentId()))
          .withValue(new Routed(Routed.Standard.BY_AGGREGATE, codec.encode(outcome.command()))));
    }
  }

  private Outcome outcomeOf(SpecificRecord value) {
    if (!topic.valueTypes().contains(value.getClass())) {
      return Outcome.refused("não é um registro do tópico " + topic.name() + ": " + value.getSchema().getFullName());
    }
    return commands.apply(value);
  }
}
