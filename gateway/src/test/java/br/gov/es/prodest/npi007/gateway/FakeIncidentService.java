package br.gov.es.prodest.npi007.gateway;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.incident.LinkMaintenance;
import br.gov.es.prodest.npi007.avro.incident.LinkServiceRequest;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.incident.RestoreService;
import br.gov.es.prodest.npi007.avro.incident.TriageIncident;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.specific.SpecificRecordBase;
import org.springframework.beans.factory.annotation.Value;

/**
 * Stands in for the incident-service on the real broker. A report whose description contains
 * {@code [conflito]} or {@code [regra]} is refused, {@code [sem resposta]} gets no answer, and
 * {@code [junta a <id>]} joins the open incident {@code <id>}. The other commands address incidents
 * the test has {@link #open opened} here (else INCIDENT_NOT_FOUND), as {@link FakeCommandService} plays them.
 */
public class FakeIncidentService extends FakeCommandService {

  public static final String CONFLICT = "[conflito]";
  public static final String RULE_VIOLATED = "[regra]";
  public static final String SILENT = "[sem resposta]";
  private static final Pattern JOINS = Pattern.compile("\\[junta a ([^\\]]+)]");

  private final List<ReportIncident> received = new CopyOnWriteArrayList<>();
  private final Map<String, String> statusByCommandId = new ConcurrentHashMap<>();

  public FakeIncidentService(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
    super("fake-incident-service", bootstrapServers, Topics.INCIDENT_COMMANDS, Topics.INCIDENT_COMMAND_RESULTS);
  }

  public List<ReportIncident> received() {
    return List.copyOf(received);
  }

  /** The commands of one type addressed to one incident. */
  public <T extends SpecificRecord> List<T> commands(Class<T> type, String incidentId) {
    return commands(type, "incidentId", incidentId);
  }

  @Override
  protected Optional<CommandResult> decide(SpecificRecord command) {
    if (command instanceof ReportIncident report) {
      received.add(report);
      return report.getDescription().contains(SILENT) ? Optional.empty() : Optional.of(decide(report));
    }
    SpecificRecordBase record = (SpecificRecordBase) command;
    String incidentId = String.valueOf(record.get("incidentId"));
    return Optional.of(decideOnAggregate((CommandMetadata) record.get("metadata"), incidentId,
        status -> statusAfter(command, status), "INCIDENT_NOT_FOUND", "Incidente " + incidentId + " não encontrado."));
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
}
