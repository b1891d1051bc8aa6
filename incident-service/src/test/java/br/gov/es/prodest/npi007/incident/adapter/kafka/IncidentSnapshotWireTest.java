package br.gov.es.prodest.npi007.incident.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.incident.IncidentSnapshot;
import br.gov.es.prodest.npi007.aggregate.CommandOutcome;
import br.gov.es.prodest.npi007.incident.domain.ExistingIncident;
import br.gov.es.prodest.npi007.incident.domain.Incident;
import br.gov.es.prodest.npi007.incident.domain.IncidentCommand;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentFacts;
import br.gov.es.prodest.npi007.incident.domain.IncidentState;
import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import br.gov.es.prodest.npi007.incident.domain.NoIncident;
import br.gov.es.prodest.npi007.incident.domain.ReportSource;
import br.gov.es.prodest.npi007.incident.domain.Scenario;
import br.gov.es.prodest.npi007.incident.domain.ServiceRequestState;
import br.gov.es.prodest.npi007.incident.domain.StatementKind;
import br.gov.es.prodest.npi007.incident.domain.Verdict;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The incident rebuilt from its stored snapshot is the incident folded from its events, except that
 * of the commands it applied it knows only the one being decided: and every decision is the same.
 */
class IncidentSnapshotWireTest {

  private static final AvroCodec CODEC = AvroCodec.instance();

  // Every fact an incident gathers: a joined report, two 6.1 acknowledgements, an SA, a verdict, evidence, the end.
  private static final List<IncidentCommand> FULL_LIFE = List.of(
      Scenario.report("c-report", ReportSource.WHATSAPP_GROUP), Scenario.joining("c-join", "relato-2"),
      Scenario.acknowledge("c-ack", "n-6.1"), Scenario.linkSa("c-sa", "SA-100"),
      Scenario.saUpdate("c-sa-update", ServiceRequestState.UPDATED),
      Scenario.assign("c-assign", "GEITIC", "Rede do datacenter"),
      Scenario.triage("c-triage", Verdict.CONFIRMED_RESTRICTED), Scenario.assign("c-reassign", "GESIT", null),
      Scenario.statement("c-statement", StatementKind.CONFIRMATION, "Estamos atuando"),
      Scenario.alertResolved("c-alert"), Scenario.restore("c-restore"),
      Scenario.acknowledge("c-ack-late", "n-6.1-b"));

  // New commands, and one reusing an applied command's id with other content.
  private static final List<IncidentCommand> NEXT = List.of(
      Scenario.acknowledge("c-next-ack", "n-6.1-c"), Scenario.linkSa("c-next-sa", "SA-200"),
      Scenario.triage("c-next-triage", Verdict.CONFIRMED_GENERAL), Scenario.restore("c-next-restore"),
      Scenario.statement("c-next-statement", StatementKind.RESTORATION, "Serviço normalizado"),
      Scenario.linkMaintenance("c-next-maint", "M-9"), Scenario.assign("c-next-assign", "GEDAD", null),
      Scenario.restore("c-report"));

  static Stream<List<IncidentCommand>> lives() {
    return Stream.concat(Arrays.stream(IncidentStatus.values()).map(status -> List.of(Scenario.reaching(status))),
        Stream.of(FULL_LIFE));
  }

  @ParameterizedTest
  @MethodSource("lives")
  void aRetryIsDecidedOnTheSnapshotAsOnTheFoldedHistory(List<IncidentCommand> life) {
    List<IncidentEvent> history = eventsOf(life);
    ExistingIncident folded = (ExistingIncident) Incident.fold(history);
    IncidentSnapshot snapshot = stored(folded);

    for (IncidentCommand applied : life) {
      ExistingIncident rebuilt = IncidentSnapshotWire.toState(snapshot, applied.commandId(),
          causedBy(history, applied.commandId()));

      assertThat(rebuilt).isEqualTo(knowingOnly(folded, applied.commandId()));
      assertThat(Incident.decide(applied, rebuilt)).isEqualTo(Incident.decide(applied, folded));
    }
  }

  @ParameterizedTest
  @MethodSource("lives")
  void aNewCommandIsDecidedOnTheSnapshotAsOnTheFoldedHistory(List<IncidentCommand> life) {
    List<IncidentEvent> history = eventsOf(life);
    ExistingIncident folded = (ExistingIncident) Incident.fold(history);
    IncidentSnapshot snapshot = stored(folded);

    for (IncidentCommand next : NEXT) {
      ExistingIncident rebuilt = IncidentSnapshotWire.toState(snapshot, next.commandId(),
          causedBy(history, next.commandId()));

      assertThat(rebuilt).isEqualTo(knowingOnly(folded, next.commandId()));
      assertThat(Incident.decide(next, rebuilt)).isEqualTo(Incident.decide(next, folded));
    }
  }

  private static List<IncidentEvent> eventsOf(List<IncidentCommand> commands) {
    IncidentState state = NoIncident.INSTANCE;
    List<IncidentEvent> history = new ArrayList<>();
    for (IncidentCommand command : commands) {
      var outcome = Incident.AGGREGATE.handle(command, state);
      assertThat(outcome.newEvents()).as("events of %s", command).isNotEmpty();
      history.addAll(outcome.newEvents());
      state = outcome.after();
    }
    return history;
  }

  // Through the codec, as the store keeps it.
  private static IncidentSnapshot stored(ExistingIncident incident) {
    return CODEC.decode(CODEC.encode(IncidentSnapshotWire.toSnapshot(incident)), IncidentSnapshot.class);
  }

  private static List<IncidentEvent> causedBy(List<IncidentEvent> history, String commandId) {
    return history.stream().filter(event -> event.envelope().commandId().equals(commandId)).toList();
  }

  private static ExistingIncident knowingOnly(ExistingIncident incident, String commandId) {
    IncidentFacts facts = incident.facts();
    IncidentEvent caused = facts.appliedCommands().get(commandId);
    return ExistingIncident.of(new IncidentFacts(facts.incidentId(), facts.component(), facts.organ(),
        facts.description(), facts.source(), facts.reportedBy(), facts.saNumber(), facts.maintenanceId(),
        facts.unit(), facts.acknowledgements(), facts.version(), caused == null ? Map.of() : Map.of(commandId, caused)),
        incident.status());
  }
}
