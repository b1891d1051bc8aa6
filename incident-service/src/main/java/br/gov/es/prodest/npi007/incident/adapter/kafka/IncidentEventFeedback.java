package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.processing.Routed;
import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.ServiceRequestLinked;
import br.gov.es.prodest.npi007.avro.incident.ServiceRestored;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import br.gov.es.prodest.npi007.schemas.ComponentKey;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * What the router and the SA matcher learn from the incident events: closures (by normalised
 * component) and SA links (by SA number). Other events pass by.
 */
final class IncidentEventFeedback implements Processor<byte[], byte[], byte[], Routed> {

  private final AvroCodec codec = AvroCodec.instance();
  private ProcessorContext<byte[], Routed> context;

  @Override
  public void init(ProcessorContext<byte[], Routed> context) {
    this.context = context;
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    SpecificRecord event;
    try {
      event = codec.decode(record.value());
    } catch (UndecodableRecordException e) {
      return; // this service wrote every event; a foreign record there is no concern of the router
    }
    if (event instanceof IncidentTriaged triaged && triaged.getVerdict() == Verdict.NOT_CONFIRMED) {
      forward(record, ComponentKey.of(triaged.getComponent()), IncidentLane.BY_COMPONENT);
    } else if (event instanceof ServiceRestored restored) {
      forward(record, ComponentKey.of(restored.getComponent()), IncidentLane.BY_COMPONENT);
    } else if (event instanceof ServiceRequestLinked linked) {
      forward(record, linked.getSaNumber(), IncidentLane.BY_SA_NUMBER);
    }
  }

  private void forward(Record<byte[], byte[]> record, String key, Routed.Lane lane) {
    context.forward(record.withKey(Routed.key(key)).withValue(new Routed(lane, record.value())));
  }
}
