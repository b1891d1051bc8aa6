package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.incident.application.CommandOutcome;
import br.gov.es.prodest.npi007.incident.application.IncidentCommandHandler;
import br.gov.es.prodest.npi007.incident.domain.IncidentCommand;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics.DeadLetterHeaders;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides each incident command against the incident's stored event history, appends the new
 * events, and forwards them with the command's result, all in one Kafka transaction
 * (exactly_once_v2). Forwarded records keep the command's headers, so the gateway's request/reply
 * correlation header comes back on the result.
 */
final class IncidentCommandProcessor implements Processor<byte[], byte[], byte[], byte[]> {

  private static final Logger log = LoggerFactory.getLogger(IncidentCommandProcessor.class);

  private final AvroCodec codec = AvroCodec.instance();
  private ProcessorContext<byte[], byte[]> context;
  private KeyValueStore<String, byte[]> histories;

  @Override
  public void init(ProcessorContext<byte[], byte[]> context) {
    this.context = context;
    this.histories = context.getStateStore(IncidentCommandTopology.HISTORIES);
  }

  @Override
  public void process(Record<byte[], byte[]> record) {
    IncidentCommand command;
    try {
      command = commandIn(record);
    } catch (UndecodableRecordException e) {
      deadLetter(record, e.getMessage());
      return;
    }
    byte[] stored = histories.get(command.incidentId());
    List<IncidentEvent> history = StoredEventHistory.read(stored).stream()
        .map(codec::decode).map(IncidentAvroMapper::toEvent).toList();
    CommandOutcome outcome = IncidentCommandHandler.handle(command, history);
    List<byte[]> newEvents = outcome.newEvents().stream()
        .map(IncidentAvroMapper::toAvro).map(codec::encode).toList();
    if (!newEvents.isEmpty()) {
      histories.put(command.incidentId(), StoredEventHistory.append(stored, newEvents));
    }
    byte[] key = command.incidentId().getBytes(StandardCharsets.UTF_8);
    newEvents.forEach(event -> context.forward(record.withKey(key).withValue(event), IncidentCommandTopology.EVENTS));
    byte[] result = codec.encode(IncidentAvroMapper.toResult(outcome));
    context.forward(record.withKey(key).withValue(result), IncidentCommandTopology.RESULTS);
  }

  private IncidentCommand commandIn(Record<byte[], byte[]> record) {
    IncidentCommand command = IncidentAvroMapper.toCommand(codec.decode(record.value()));
    // The key places the command on the partition (and store) that owns its incident.
    byte[] expectedKey = command.incidentId().getBytes(StandardCharsets.UTF_8);
    if (!Arrays.equals(expectedKey, record.key())) {
      throw new UndecodableRecordException("a chave do registro difere do incidentId " + command.incidentId());
    }
    return command;
  }

  private void deadLetter(Record<byte[], byte[]> record, String reason) {
    Headers headers = new RecordHeaders(record.headers().toArray());
    headers.add(DeadLetterHeaders.REASON, utf8(reason));
    context.recordMetadata().ifPresent(source -> {
      headers.add(DeadLetterHeaders.SOURCE_TOPIC, utf8(source.topic()));
      headers.add(DeadLetterHeaders.SOURCE_PARTITION, utf8(String.valueOf(source.partition())));
      headers.add(DeadLetterHeaders.SOURCE_OFFSET, utf8(String.valueOf(source.offset())));
    });
    log.warn("Comando de incidente recusado para a fila de mensagens mortas: {}", reason);
    context.forward(record.withHeaders(headers), IncidentCommandTopology.DEAD_LETTERS);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
