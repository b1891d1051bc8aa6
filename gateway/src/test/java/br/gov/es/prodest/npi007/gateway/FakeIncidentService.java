package br.gov.es.prodest.npi007.gateway;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.incident.LinkMaintenance;
import br.gov.es.prodest.npi007.avro.incident.LinkServiceRequest;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.RestoreService;
import br.gov.es.prodest.npi007.avro.incident.TriageIncident;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.specific.SpecificRecordBase;
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
 * Stands in for the incident-service on the real broker: reads the incident commands and writes a
 * CommandResult with the command's headers (so the correlation id comes back). A report whose
 * description contains {@code [conflito]} or {@code [regra]} is refused, {@code [sem resposta]}
 * gets no answer, and {@code [junta a <id>]} joins the open incident {@code <id>}. The other
 * commands address incidents the test has {@link #open opened} here (else INCIDENT_NOT_FOUND),
 * check {@code expectedVersion} first (VERSION_MISMATCH), then give the test's {@link #refuse
 * refusal} if any. A repeated command id is answered as accepted again with no new events, as the
 * real service does.
 */
public class FakeIncidentService implements SmartLifecycle {

  public static final String CONFLICT = "[conflito]";
  public static final String RULE_VIOLATED = "[regra]";
  public static final String SILENT = "[sem resposta]";
  private static final Pattern JOINS = Pattern.compile("\\[junta a ([^\\]]+)]");

  /** An incident the fake knows: its version and status. */
  private record Incident(long version, String status) {
  }

  private final List<SpecificRecord> commands = new CopyOnWriteArrayList<>();
  private final Map<String, Incident> incidents = new ConcurrentHashMap<>();
  private final Map<String, CommandResult> refusals = new ConcurrentHashMap<>();
  private final Map<String, CommandResult> resultsByCommandId = new ConcurrentHashMap<>();

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

  /** Every command received, reports included, in arrival order. */
  public List<SpecificRecord> commands() {
    return List.copyOf(commands);
  }

  /** The commands of one type addressed to one incident. */
  public <T extends SpecificRecord> List<T> commands(Class<T> type, String incidentId) {
    return commands.stream().filter(type::isInstance).map(type::cast)
        .filter(command -> incidentId.equals(String.valueOf(((SpecificRecordBase) command).get("incidentId"))))
        .toList();
  }

  /** From now on the fake knows this incident, at this version and status. */
  public void open(String incidentId, long version, String status) {
    incidents.put(incidentId, new Incident(version, status));
  }

  /** Every later command on the incident (after the version check) is refused so. */
  public void refuse(String incidentId, RejectionKind kind, String code, String detail) {
    refusals.put(incidentId, CommandResult.newBuilder().setCommandId("").setAggregateId(incidentId).setAccepted(false)
        .setVersion(0).setRejectionKind(kind).setRejectionCode(code).setRejectionDetail(detail).build());
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
          SpecificRecord command = AvroCodec.instance().decode(record.value());
          commands.add(command);
          if (command instanceof ReportIncident report) {
            received.add(report);
          }
          if (!(command instanceof ReportIncident report && report.getDescription().contains(SILENT))) {
            CommandResult result = command instanceof ReportIncident report ? decide(report) : decideOnIncident(command);
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
    Matcher joins = JOINS.matcher(command.getDescription());
    CommandResult.Builder result = CommandResult.newBuilder()
        .setCommandId(command.getMetadata().getCommandId())
        .setAggregateId(joins.find() ? joins.group(1) : command.getIncidentId());
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

  private CommandResult decideOnIncident(SpecificRecord command) {
    SpecificRecordBase record = (SpecificRecordBase) command;
    CommandMetadata metadata = (CommandMetadata) record.get("metadata");
    String incidentId = String.valueOf(record.get("incidentId"));
    CommandResult previous = resultsByCommandId.get(metadata.getCommandId());
    if (previous != null) {
      return CommandResult.newBuilder(previous).setEventIds(List.of()).build();
    }
    Incident incident = incidents.get(incidentId);
    CommandResult.Builder result = CommandResult.newBuilder()
        .setCommandId(metadata.getCommandId()).setAggregateId(incidentId);
    if (incident == null) {
      return result.setAccepted(false).setVersion(0).setRejectionKind(RejectionKind.NOT_FOUND)
          .setRejectionCode("INCIDENT_NOT_FOUND").setRejectionDetail("Incidente " + incidentId + " não encontrado.").build();
    }
    if (metadata.getExpectedVersion() != null && metadata.getExpectedVersion() != incident.version()) {
      return result.setAccepted(false).setVersion(incident.version()).setRejectionKind(RejectionKind.CONFLICT)
          .setRejectionCode("VERSION_MISMATCH").setRejectionDetail("O incidente mudou desde a versão informada.").build();
    }
    CommandResult refusal = refusals.get(incidentId);
    if (refusal != null) {
      return CommandResult.newBuilder(refusal).setCommandId(metadata.getCommandId()).setVersion(incident.version()).build();
    }
    Incident changed = new Incident(incident.version() + 1, statusAfter(command, incident.status()));
    incidents.put(incidentId, changed);
    CommandResult accepted = result.setAccepted(true).setStatus(changed.status()).setVersion(changed.version())
        .setEventIds(List.of(metadata.getCommandId() + "/1")).build();
    resultsByCommandId.put(metadata.getCommandId(), accepted);
    return accepted;
  }

  private static String statusAfter(SpecificRecord command, String status) {
    if (command instanceof LinkServiceRequest) {
      return "UNDER_ANALYSIS";
    }
    if (command instanceof TriageIncident triage) {
      return triage.getVerdict().name();
    }
    if (command instanceof RestoreService) {
      return "RESTORED";
    }
    if (command instanceof LinkMaintenance) {
      return "MAINTENANCE_SCHEDULED";
    }
    return status;
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
