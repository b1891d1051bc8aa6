package br.gov.es.prodest.npi007.gateway;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;

/**
 * Stands in for the incident-service on the real broker: reads ReportIncident commands and writes
 * a CommandResult with the command's headers (so the correlation id comes back). A description
 * containing {@code [conflito]} or {@code [regra]} is refused; {@code [sem resposta]} gets no answer.
 * A repeated command id is answered as accepted again with no new events, as the real service does.
 */
public class FakeIncidentService implements SmartLifecycle {

  public static final String CONFLICT = "[conflito]";
  public static final String RULE_VIOLATED = "[regra]";
  public static final String SILENT = "[sem resposta]";

  private final String bootstrapServers;
  private final List<ReportIncident> received = new CopyOnWriteArrayList<>();
  private final Map<String, String> statusByCommandId = new ConcurrentHashMap<>();
  private volatile boolean assigned;
  private volatile boolean running;
  private KafkaConsumer<String, byte[]> consumer;
  private Thread worker;

  public FakeIncidentService(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  public boolean isReady() {
    return assigned;
  }

  public List<ReportIncident> received() {
    return List.copyOf(received);
  }

  @Override
  public void start() {
    consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.GROUP_ID_CONFIG, "fake-incident-service",
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
        new StringDeserializer(), new ByteArrayDeserializer());
    KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(), new ByteArraySerializer());
    running = true;
    worker = new Thread(() -> serve(producer), "fake-incident-service");
    worker.start();
  }

  private void serve(KafkaProducer<String, byte[]> producer) {
    KafkaConsumer<String, byte[]> consumer = this.consumer;
    try (producer; consumer) {
      consumer.subscribe(List.of(Topics.INCIDENT_COMMANDS.name()), new ConsumerRebalanceListener() {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
          assigned = false;
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
          assigned = !partitions.isEmpty();
        }
      });
      while (running) {
        for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
          ReportIncident command = AvroCodec.instance().decode(record.value(), ReportIncident.class);
          received.add(command);
          if (!command.getDescription().contains(SILENT)) {
            CommandResult result = decide(command);
            producer.send(new ProducerRecord<>(Topics.INCIDENT_COMMAND_RESULTS.name(), null, record.key(),
                AvroCodec.instance().encode(result), record.headers()));
          }
        }
      }
    } catch (WakeupException stopping) {
      // stop() woke the consumer up
    }
  }

  private CommandResult decide(ReportIncident command) {
    CommandResult.Builder result = CommandResult.newBuilder()
        .setCommandId(command.getMetadata().getCommandId())
        .setAggregateId(command.getIncidentId());
    if (command.getDescription().contains(CONFLICT)) {
      return result.setAccepted(false).setVersion(1).setRejectionKind(RejectionKind.CONFLICT)
          .setRejectionCode("INCIDENT_ALREADY_EXISTS").setRejectionDetail("O incidente já foi relatado.").build();
    }
    if (command.getDescription().contains(RULE_VIOLATED)) {
      return result.setAccepted(false).setVersion(0).setRejectionKind(RejectionKind.RULE_VIOLATED)
          .setRejectionCode("COMPONENT_UNKNOWN").setRejectionDetail("O componente não é conhecido.").build();
    }
    String commandId = command.getMetadata().getCommandId();
    boolean retry = statusByCommandId.containsKey(commandId);
    String status = statusByCommandId.computeIfAbsent(commandId, id ->
        command.getSource() == ReportSource.WHATSAPP_GROUP || command.getSource() == ReportSource.SERVICE_DESK
            ? "REPORTED" : "DETECTED_BY_PRODEST");
    return result.setAccepted(true).setStatus(status).setVersion(1)
        .setEventIds(retry ? List.of() : List.of(commandId + "/1")).build();
  }

  @Override
  public void stop() {
    running = false;
    if (consumer != null) {
      consumer.wakeup();
    }
    try {
      if (worker != null) {
        worker.join(Duration.ofSeconds(10).toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
