package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.incident.domain.IncidentClosure;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.ServiceRequestLinked;
import br.gov.es.prodest.npi007.processing.Routed;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.ComponentKey;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * What the router and the SA matcher learn from the incident events: closures (by normalised
 * component; which events close an incident is {@link IncidentClosure}'s to say) and SA links (by
 * SA number). Other events pass by.
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
    IncidentEvent event;
    try {
      event = IncidentWire.INSTANCE.toEvent(codec.decode(record.value()));
    } catch (UndecodableRecordException e) {
      return; // this service wrote every event; a foreign record there is no concern of the router
    }
    Optional<IncidentClosure> closure = IncidentClosure.by(event);
    if (closure.isPresent()) {
      forward(record, ComponentKey.of(closure.get().component()), IncidentLane.BY_COMPONENT);
    } else if (event instanceof ServiceRequestLinked linked) {
      forward(record, linked.saNumber(), IncidentLane.BY_SA_NUMBER);
    }
  }

  private void forward(Record<byte[], byte[]> record, String key, Routed.Lane lane) {
    context.forward(record.withKey(Routed.key(key)).withValue(new Routed(lane, record.value())));
  }
}
