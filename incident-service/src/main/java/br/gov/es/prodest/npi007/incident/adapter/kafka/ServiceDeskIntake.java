package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.processing.DeadLetters;
import br.gov.es.prodest.npi007.processing.Routed;
import br.gov.es.prodest.npi007.avro.servicedesk.ServiceRequestEvent;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/** SA events of the service desk, keyed by SA number for the matcher; undecodable ones are dead letters. */
final class ServiceDeskIntake implements Processor<byte[], byte[], byte[], Routed> {

  private final AvroCodec codec = AvroCodec.instance();
  private ProcessorContext<byte[], Routed> context;

  @Override
  public void init(ProcessorContext<byte[], Routed> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    try {
      if (codec.decode(record.value()) instanceof ServiceRequestEvent event) {
        context.forward(record.withKey(Routed.key(event.getSaNumber()))
            .withValue(new Routed(IncidentLane.BY_SA_NUMBER, record.value())));
        return;
      }
      context.forward(DeadLetters.of(context, record, "não é um evento de SA (ServiceRequestEvent)"));
    } catch (UndecodableRecordException e) {
      context.forward(DeadLetters.of(context, record, e.getMessage()));
    }
  }
}
