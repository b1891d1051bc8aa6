package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.approve;
import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.markPosted;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.notification.NotificationSnapshot;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.outbox.domain.ExistingNotification;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationCommand;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationLifecycle;
import br.gov.es.prodest.npi007.notification.outbox.domain.TextEdit;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A notification's state through its snapshot and back: what the domain reads of it (everything,
 * and the applied map for the command being decided) survives, so it decides the same.
 */
class NotificationSnapshotWireTest {

  private static final AvroCodec CODEC = AvroCodec.instance();

  @Test
  void aStateFromItsSnapshotIsTheFoldedState_withTheAppliedEntryOfTheCommandBeingDecidedOnly() {
    for (List<NotificationEvent> history : NotificationHistories.all()) {
      ExistingNotification folded = (ExistingNotification) NotificationLifecycle.fold(history);
      for (String commandId : commandIds(folded)) {
        List<NotificationEvent> caused = folded.causedByCommand().getOrDefault(commandId, List.of());

        ExistingNotification restored = NotificationSnapshotWire.toState(roundTrip(folded), commandId, caused);

        assertThat(restored).as("%s, command %s", history, commandId).isEqualTo(new ExistingNotification(
            folded.notificationId(), folded.texts(), folded.status(), folded.version(),
            caused.isEmpty() ? Map.of() : Map.of(commandId, caused)));
      }
    }
  }

  @Test
  void aRetryAReusedKeyAndANewCommandAreDecidedAsOnTheFoldedState() {
    for (List<NotificationEvent> history : NotificationHistories.all()) {
      ExistingNotification folded = (ExistingNotification) NotificationLifecycle.fold(history);
      for (String commandId : commandIds(folded)) {
        ExistingNotification restored = NotificationSnapshotWire.toState(roundTrip(folded), commandId,
            folded.causedByCommand().getOrDefault(commandId, List.of()));
        for (NotificationCommand command : commands(commandId)) {
          assertThat(NotificationLifecycle.decide(command, restored)).as("%s, %s", history, command)
              .isEqualTo(NotificationLifecycle.decide(command, folded));
        }
      }
    }
  }

  @Test
  void theSnapshotIsAStoreRecordOfTheCatalogue_andOneStateAlwaysMakesTheSameBytes() {
    ExistingNotification folded = (ExistingNotification) NotificationLifecycle.fold(
        NotificationHistories.editedApprovedAndPosted());

    byte[] encoded = CODEC.encode(NotificationSnapshotWire.toSnapshot(folded));

    assertThat(encoded[0]).isEqualTo((byte) 0xC3);
    assertThat(encoded[1]).isEqualTo((byte) 0x01);
    assertThat(CODEC.encode(NotificationSnapshotWire.toSnapshot(roundTripState(folded)))).isEqualTo(encoded);
  }

  private static NotificationSnapshot roundTrip(ExistingNotification state) {
    return CODEC.decode(CODEC.encode(NotificationSnapshotWire.toSnapshot(state)), NotificationSnapshot.class);
  }

  private static ExistingNotification roundTripState(ExistingNotification state) {
    return NotificationSnapshotWire.toState(roundTrip(state), "c-9", List.of());
  }

  /** Every command the state applied, and one it did not. */
  private static Set<String> commandIds(ExistingNotification state) {
    Set<String> ids = new TreeSet<>(state.causedByCommand().keySet());
    ids.add("c-new");
    return ids;
  }

  /** Commands under one id: retries of what it may have done, and others (a reused key, or new ones). */
  private static List<NotificationCommand> commands(String commandId) {
    List<NotificationCommand> commands = new ArrayList<>();
    commands.add(approve(commandId));
    commands.add(approve(commandId, NotificationHistories.WHATSAPP_EDIT));
    commands.add(approve(commandId, new TextEdit(Channel.EMAIL, null, "Outro texto.")));
    commands.add(markPosted(commandId, NotificationHistories.NOTE));
    commands.add(markPosted(commandId, null));
    return commands;
  }
}
