package br.gov.es.prodest.npi007.gateway;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.command.CommandWarning;
import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.maintenance.CancelMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.CompleteMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.RequestMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.RescheduleMaintenance;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.List;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.specific.SpecificRecordBase;
import org.springframework.beans.factory.annotation.Value;

/**
 * Stands in for the maintenance-service on the real broker. A request whose component contains
 * {@code [regra]} is refused (WINDOW_NOT_IN_FUTURE), {@code [sem resposta]} gets no answer, and
 * {@code [sobreposta]} is accepted with a MAINTENANCE_WINDOW_OVERLAPS warning; an accepted request
 * opens the maintenance (REQUESTED, version 1). The other commands address maintenances opened
 * so, or by the test (else MAINTENANCE_NOT_FOUND), as {@link FakeCommandService} plays them.
 */
public class FakeMaintenanceService extends FakeCommandService {

  public static final String RULE_VIOLATED = "[regra]";
  public static final String SILENT = "[sem resposta]";
  public static final String OVERLAPPING = "[sobreposta]";
  public static final String OVERLAPPED_ID = "outra-manutencao";

  public FakeMaintenanceService(@Value("${spring.kafka.bootstrap-servers}") String bootstrapServers) {
    super("fake-maintenance-service", bootstrapServers, Topics.MAINTENANCE_COMMANDS,
        Topics.MAINTENANCE_COMMAND_RESULTS);
  }

  /** The commands of one type addressed to one maintenance. */
  public <T extends SpecificRecord> List<T> commands(Class<T> type, String maintenanceId) {
    return commands(type, "maintenanceId", maintenanceId);
  }

  @Override
  protected Optional<CommandResult> decide(SpecificRecord command) {
    if (command instanceof RequestMaintenance request) {
      return request.getComponent().contains(SILENT) ? Optional.empty() : Optional.of(decide(request));
    }
    SpecificRecordBase record = (SpecificRecordBase) command;
    String maintenanceId = String.valueOf(record.get("maintenanceId"));
    return Optional.of(decideOnAggregate((CommandMetadata) record.get("metadata"), maintenanceId,
        status -> statusAfter(command, status), "MAINTENANCE_NOT_FOUND",
        "Manutenção " + maintenanceId + " não encontrada."));
  }

  private CommandResult decide(RequestMaintenance request) {
    CommandResult.Builder result = CommandResult.newBuilder()
        .setCommandId(request.getMetadata().getCommandId())
        .setAggregateId(request.getMaintenanceId());
    if (request.getComponent().contains(RULE_VIOLATED)) {
      return result.setAccepted(false).setVersion(0).setRejectionKind(RejectionKind.RULE_VIOLATED)
          .setRejectionCode("WINDOW_NOT_IN_FUTURE").setRejectionDetail("A janela da manutenção já passou.").build();
    }
    open(request.getMaintenanceId(), 1, "REQUESTED");
    List<CommandWarning> warnings = request.getComponent().contains(OVERLAPPING)
        ? List.of(new CommandWarning("MAINTENANCE_WINDOW_OVERLAPS", "A janela coincide com outra manutenção.",
            List.of(OVERLAPPED_ID)))
        : List.of();
    return result.setAccepted(true).setStatus("REQUESTED").setVersion(1)
        .setEventIds(List.of(request.getMetadata().getCommandId() + "/1")).setWarnings(warnings).build();
  }

  private static String statusAfter(SpecificRecord command, String status) {
    if (command instanceof RescheduleMaintenance) {
      return "RESCHEDULED";
    }
    if (command instanceof CancelMaintenance) {
      return "CANCELLED";
    }
    if (command instanceof CompleteMaintenance) {
      return "COMPLETED";
    }
    return status;
  }
}
