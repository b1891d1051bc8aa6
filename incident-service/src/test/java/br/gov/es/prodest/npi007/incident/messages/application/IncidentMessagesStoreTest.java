package br.gov.es.prodest.npi007.incident.messages.application;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import br.gov.es.prodest.npi007.incident.application.TimelineEntry.Kind;
import br.gov.es.prodest.npi007.incident.application.TimelineEntry;
import br.gov.es.prodest.npi007.incident.messages.domain.DeliveryStatus;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageFact;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageProgress;
import br.gov.es.prodest.npi007.incident.messages.domain.OutboxStatus;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** The incidents' messages in their store: any order of arrival, each event once, kept across a restart. */
class IncidentMessagesStoreTest {

  private static final Instant TEN_AM = Instant.parse("2025-03-10T13:00:00Z");
  private static final Actor SYSTEM = new Actor("notification-service", Role.SYSTEM, null);

  @TempDir
  Path directory;
  private StoredIncidentMessages stored;

  @BeforeEach
  void openStore() {
    stored = new StoredIncidentMessages(directory);
  }

  @AfterEach
  void closeStore() {
    stored.close();
  }

  @Test
  void a_message_approved_before_its_rendering_arrives_is_found_under_its_incident_once_rendered() {
    stored.apply(approved("n-1"));
    assertThat(stored.messages().messagesOf("inc-1")).isEmpty();

    stored.apply(rendered("n-1", "inc-1", "6.1", 0), rendered("n-2", "inc-2", "6.1", 5));

    assertThat(stored.messages().messagesOf("inc-1")).singleElement().satisfies(message -> {
      assertThat(message.notificationId()).isEqualTo("n-1");
      assertThat(message.status()).isEqualTo(OutboxStatus.APPROVED);
    });
    assertThat(stored.messages().timelineOf("inc-1")).extracting(TimelineEntry::type)
        .containsExactly("MessageRendered", "MessageApproved");
  }

  @Test
  void events_applied_again_after_a_crash_change_nothing_and_a_restart_keeps_everything() {
    stored.apply(rendered("n-1", "inc-1", "6.1", 0), approved("n-1"), delivery("n-1", "inc-1", DeliveryStatus.SENT));
    List<MessageProgress> messages = stored.messages().messagesOf("inc-1");
    List<TimelineEntry> timeline = stored.messages().timelineOf("inc-1");

    stored.apply(rendered("n-1", "inc-1", "6.1", 0), approved("n-1"), delivery("n-1", "inc-1", DeliveryStatus.SENT));
    assertThat(stored.messages().messagesOf("inc-1")).isEqualTo(messages);
    assertThat(stored.messages().timelineOf("inc-1")).isEqualTo(timeline).hasSize(3);

    IncidentMessages afterRestart = stored.reopen();
    assertThat(afterRestart.messagesOf("inc-1")).isEqualTo(messages)
        .singleElement().extracting(MessageProgress::status).isEqualTo(OutboxStatus.SENT);
    assertThat(afterRestart.timelineOf("inc-1")).isEqualTo(timeline);
  }

  @Test
  void an_incident_whose_id_prefixes_another_sees_only_its_own_messages() {
    stored.apply(rendered("n-1", "inc-1", "6.1", 0), rendered("n-10", "inc-10", "6.1", 0));

    assertThat(stored.messages().messagesOf("inc-1")).extracting(MessageProgress::notificationId)
        .containsExactly("n-1");
  }

  private static ObservedMessageEvent rendered(String notificationId, String incidentId, String messageId,
      long secondsAfter) {
    return observed("rendered-" + notificationId, Kind.MESSAGE, notificationId, incidentId, 1, secondsAfter,
        "MessageRendered", new MessageFact.Rendered(messageId, incidentId, null, TEN_AM.plusSeconds(secondsAfter), true));
  }

  private static ObservedMessageEvent approved(String notificationId) {
    return observed("approved-" + notificationId, Kind.MESSAGE, notificationId, null, 2, 30, "MessageApproved",
        new MessageFact.Approved());
  }

  private static ObservedMessageEvent delivery(String notificationId, String incidentId, DeliveryStatus state) {
    return observed("delivery-" + notificationId + "-" + state, Kind.DELIVERY, notificationId, incidentId, 1, 40,
        "DeliveryStarted", new MessageFact.Attempt("d-1", 1, state));
  }

  private static ObservedMessageEvent observed(String eventId, Kind kind, String notificationId, String incidentId,
      long position, long secondsAfter, String type, MessageFact fact) {
    TimelineEntry entry = new TimelineEntry(kind, null, eventId, type, TEN_AM.plusSeconds(secondsAfter), SYSTEM,
        Origin.SYSTEM, "c-" + eventId, notificationId, null, Map.of(), null);
    return new ObservedMessageEvent(notificationId, incidentId, position, fact, entry);
  }
}
