package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.incident.domain.IncidentCommand;
import br.gov.es.prodest.npi007.incident.domain.ReportIncident;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.ComponentKey;
import br.gov.es.prodest.npi007.schemas.IncidentPlacement;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.Arrays;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * The gateway's incident commands: reports go to the router by normalised component, the rest to
 * their incident; what cannot be decoded, or is keyed by another incident, is a dead letter. A
 * command already on the partition it needs stays in this task (one exactly-once hop): every command
 * on an existing incident (keyed by its id), and a report whose new incident lives on its component's
 * partition ({@link IncidentPlacement}). Anything else goes through the repartition topics.
 */
final class CommandIntake implements Processor<byte[], byte[], byte[], Routed> {

  private final AvroCodec codec = AvroCodec.instance();
  private ProcessorContext<byte[], Routed> context;

  @Override
  public void init(ProcessorContext<byte[], Routed> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    IncidentCommand command;
    try {
      command = IncidentAvroMapper.toCommand(codec.decode(record.value()));
    } catch (UndecodableRecordException e) {
      context.forward(DeadLetters.of(context, record, e.getMessage()));
      return;
    }
    // The key places the command on the partition that owns its incident.
    if (!Arrays.equals(DeadLetters.utf8(command.incidentId()), record.key())) {
      context.forward(DeadLetters.of(context, record,
          "a chave do registro difere do incidentId " + command.incidentId()));
    } else if (command instanceof ReportIncident report && report.component() != null
        && !report.component().isBlank()) {
      String component = ComponentKey.of(report.component());
      context.forward(record.withKey(DeadLetters.utf8(component))
          .withValue(new Routed(here(component) ? Routed.Lane.ROUTE_HERE : Routed.Lane.BY_COMPONENT, record.value())));
    } else {
      context.forward(record.withValue(
          new Routed(here(command.incidentId()) ? Routed.Lane.HERE : Routed.Lane.BY_INCIDENT, record.value())));
    }
  }

  // The partition a repartition by this key would reach is this task's own: no need to leave it.
  private boolean here(String key) {
    return Topics.INCIDENT_COMMANDS.partitionOf(key) == context.taskId().partition();
  }
}
