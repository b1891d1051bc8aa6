package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.processing.DeadLetters;
import br.gov.es.prodest.npi007.processing.Routed;
import br.gov.es.prodest.npi007.avro.incident.ServiceRequestLinked;
import br.gov.es.prodest.npi007.avro.incident.ServiceRequestState;
import br.gov.es.prodest.npi007.avro.servicedesk.ServiceRequestEvent;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keyed by SA number: knows which incident each SA is linked to (from the SA events that name one
 * and from the ServiceRequestLinked events), and turns each SA event into the command on that
 * incident. An SA that names no incident and is linked to none is a dead letter.
 */
final class ServiceRequestMatcher implements Processor<byte[], byte[], byte[], Routed> {

  private final AvroCodec codec = AvroCodec.instance();
  private ProcessorContext<byte[], Routed> context;
  private KeyValueStore<String, String> linkedIncidents;

  @Override
  public void init(ProcessorContext<byte[], Routed> context) {
    this.context = context;
    this.linkedIncidents = context.getStateStore(IncidentCommandTopology.INCIDENTS_BY_SA_NUMBER);
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    SpecificRecord value = codec.decode(record.value());
    if (value instanceof ServiceRequestLinked linked) {
      linkedIncidents.put(linked.getSaNumber(), linked.getEnvelope().getAggregateId());
    } else if (value instanceof ServiceRequestEvent event) {
      match(record, event);
    }
  }

  private void match(Record<byte[], byte[]> record, ServiceRequestEvent event) {
    String named = event.getIncidentId() == null || event.getIncidentId().isBlank() ? null : event.getIncidentId();
    String incidentId = named != null ? named : linkedIncidents.get(event.getSaNumber());
    if (incidentId == null) {
      context.forward(DeadLetters.of(context, record, "a SA " + event.getSaNumber()
          + " não indica incidente e não está vinculada a nenhum: evento " + event.getEventId() + " sem destino"));
      return;
    }
    SpecificRecord command;
    if (event.getState() == ServiceRequestState.OPENED && named != null) {
      linkedIncidents.putIfAbsent(event.getSaNumber(), named);
      command = IntakeCommands.linkServiceRequest(event, named);
    } else {
      command = IntakeCommands.recordUpdate(event, incidentId);
    }
    context.forward(record.withKey(Routed.key(incidentId))
        .withValue(new Routed(Routed.Standard.BY_AGGREGATE, codec.encode(command))));
  }
}
