package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import static br.gov.es.prodest.npi007.maintenance.domain.Scenario.ALONE;
import static br.gov.es.prodest.npi007.maintenance.domain.Scenario.END;
import static br.gov.es.prodest.npi007.maintenance.domain.Scenario.START;
import static br.gov.es.prodest.npi007.maintenance.domain.Scenario.announced;
import static br.gov.es.prodest.npi007.maintenance.domain.Scenario.cancel;
import static br.gov.es.prodest.npi007.maintenance.domain.Scenario.complete;
import static br.gov.es.prodest.npi007.maintenance.domain.Scenario.history;
import static br.gov.es.prodest.npi007.maintenance.domain.Scenario.request;
import static br.gov.es.prodest.npi007.maintenance.domain.Scenario.requestFor;
import static br.gov.es.prodest.npi007.maintenance.domain.Scenario.reschedule;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceSnapshot;
import br.gov.es.prodest.npi007.maintenance.domain.ExistingMaintenance;
import br.gov.es.prodest.npi007.maintenance.domain.Maintenance;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceCommand;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceFacts;
import br.gov.es.prodest.npi007.maintenance.domain.RecordAnnouncement;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A maintenance folded from its events, stored as a snapshot and read back knowing only the command
 * being decided, is the same maintenance, and decides a retry or a new command the same way.
 */
class MaintenanceSnapshotWireTest {

  private static final AvroCodec CODEC = AvroCodec.instance();

  static Stream<Arguments> lives() {
    return Stream.of(
        life("requested", request("c-request")),
        life("requested for a unit, rescheduled", requestFor("c-request", "GEITIC"),
            reschedule("c-move", START.plus(Duration.ofDays(1)), END.plus(Duration.ofDays(1)))),
        life("announced", request("c-request"), announced("c-ann", "n-65", RecordAnnouncement.ANNOUNCEMENT)),
        life("rescheduled and announced again", request("c-request"),
            announced("c-ann", "n-65", RecordAnnouncement.ANNOUNCEMENT),
            reschedule("c-move", START.plus(Duration.ofDays(1)), END.plus(Duration.ofDays(1))),
            announced("c-ann-2", "n-65r", RecordAnnouncement.RESCHEDULING_NOTICE)),
        life("reminded", request("c-request"), START.minus(Duration.ofHours(24)), START.minus(Duration.ofHours(1))),
        life("reminders skipped, started", request("c-request"), START.plusSeconds(300)),
        life("completed by its timers", request("c-request"), START.minus(Duration.ofHours(24)), START, END),
        life("completed early", request("c-request"), START, complete("c-done", START.plusSeconds(600))),
        life("cancelled", request("c-request"), cancel("c-cancel")));
  }

  private static Arguments life(String name, Object... steps) {
    return Arguments.of(name, List.of(steps));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lives")
  void a_snapshot_read_back_is_the_folded_state_knowing_only_the_command_decided(String name, List<Object> steps) {
    List<MaintenanceEvent> history = history(steps.toArray());
    ExistingMaintenance folded = (ExistingMaintenance) Maintenance.fold(history);
    MaintenanceSnapshot stored = CODEC.decode(CODEC.encode(MaintenanceSnapshotWire.toSnapshot(folded)),
        MaintenanceSnapshot.class);

    for (String commandId : commandIds(folded)) {
      ExistingMaintenance read = MaintenanceSnapshotWire.toState(stored, commandId, causedFirst(history, commandId));
      assertThat(read).as("knowing %s", commandId).isEqualTo(knowingOnly(folded, commandId));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lives")
  void retries_and_new_commands_are_decided_alike_on_the_snapshot_and_on_the_history(String name,
      List<Object> steps) {
    List<MaintenanceEvent> history = history(steps.toArray());
    ExistingMaintenance folded = (ExistingMaintenance) Maintenance.fold(history);
    MaintenanceSnapshot stored = MaintenanceSnapshotWire.toSnapshot(folded);
    List<MaintenanceCommand> commands = new ArrayList<>();
    steps.stream().filter(MaintenanceCommand.class::isInstance).map(MaintenanceCommand.class::cast)
        .forEach(commands::add);
    commands.add(cancel("c-new"));
    commands.add(reschedule("c-new-window", START.plus(Duration.ofDays(2)), END.plus(Duration.ofDays(2))));
    commands.add(cancel("c-request"));

    for (MaintenanceCommand command : commands) {
      ExistingMaintenance read = MaintenanceSnapshotWire.toState(stored, command.commandId(),
          causedFirst(history, command.commandId()));
      assertThat(Maintenance.decide(command, read, ALONE)).as("deciding %s", command)
          .isEqualTo(Maintenance.decide(command, folded, ALONE));
    }
  }

  private static List<String> commandIds(ExistingMaintenance state) {
    List<String> ids = new ArrayList<>(state.facts().appliedCommands().keySet());
    ids.add("c-never-seen");
    return ids;
  }

  // What AggregateStore.caused(id, commandId) holds, as the processor reads it: the first event the command caused.
  private static List<MaintenanceEvent> causedFirst(List<MaintenanceEvent> history, String commandId) {
    return history.stream().filter(event -> event.envelope().commandId().equals(commandId)).findFirst()
        .map(List::of).orElse(List.of());
  }

  private static ExistingMaintenance knowingOnly(ExistingMaintenance state, String commandId) {
    MaintenanceFacts facts = state.facts();
    MaintenanceEvent caused = facts.appliedCommands().get(commandId);
    return new ExistingMaintenance(new MaintenanceFacts(facts.maintenanceId(), facts.component(), facts.window(),
        facts.purpose(), facts.causesUnavailability(), facts.urgent(), facts.incidentId(), facts.unit(),
        facts.overlapsWith(),
        facts.requestedAt(), facts.windowSetAt(), facts.windowNotice(), facts.updatedAt(), facts.correlationId(),
        facts.version(), caused == null ? Map.of() : Map.of(commandId, caused), facts.announcedNotifications(),
        facts.reminderOutcomes(), facts.reminderLeadMinutes()), state.status());
  }
}
