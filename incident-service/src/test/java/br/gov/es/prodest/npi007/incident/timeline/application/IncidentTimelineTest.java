package br.gov.es.prodest.npi007.incident.timeline.application;

import br.gov.es.prodest.npi007.aggregate.EventIds;
import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import br.gov.es.prodest.npi007.incident.application.StoredIncidentRegister;
import br.gov.es.prodest.npi007.incident.application.TimelineEntry.Kind;
import br.gov.es.prodest.npi007.incident.application.TimelineEntry;
import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import br.gov.es.prodest.npi007.incident.domain.IncidentTriaged;
import br.gov.es.prodest.npi007.incident.domain.ReportSource;
import br.gov.es.prodest.npi007.incident.domain.Verdict;
import br.gov.es.prodest.npi007.incident.messages.application.ObservedMessageEvent;
import br.gov.es.prodest.npi007.incident.messages.application.StoredIncidentMessages;
import br.gov.es.prodest.npi007.incident.messages.domain.DeliveryStatus;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageFact;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** Given an incident's events, messages and deliveries, in any order of arrival, then one timeline by time. */
class IncidentTimelineTest {

  private static final Instant TEN_AM = Instant.parse("2025-03-10T13:00:00Z");
  private static final Actor SYSTEM = new Actor("notification-service", Role.SYSTEM, null);

  @TempDir
  Path directory;
  private StoredIncidentRegister register;
  private StoredIncidentMessages messages;
  private IncidentTimeline timeline;

  @BeforeEach
  void openStores() {
    register = new StoredIncidentRegister(directory.resolve("register"));
    messages = new StoredIncidentMessages(directory.resolve("messages"));
    timeline = new IncidentTimeline(register.register(), messages.messages());
  }

  @AfterEach
  void closeStores() {
    register.close();
    messages.close();
  }

  @Test
  void events_messages_and_deliveries_merge_by_time_each_once_with_the_message_id_known() {
    register.apply(new IncidentReported(envelope(1, 0), "SIGEFES", "SESA", "Fora do ar", ReportSource.WHATSAPP_GROUP,
        "Maria"));
    register.apply(new IncidentTriaged(envelope(2, 50), "SIGEFES", Verdict.CONFIRMED_GENERAL, "acesso", null));
    ObservedMessageEvent started = observed("e-start", Kind.DELIVERY, "inc-1", 1, 40, "DeliveryStarted",
        new MessageFact.Attempt("d-1", 1, DeliveryStatus.SENT));
    messages.apply(started);
    messages.apply(observed("e-approved", Kind.MESSAGE, null, 2, 30, "MessageApproved", new MessageFact.Approved()));
    messages.apply(observed("e-rendered", Kind.MESSAGE, "inc-1", 1, 0, "MessageRendered",
        new MessageFact.Rendered("6.1", "inc-1", null, TEN_AM, true)));
    messages.apply(started);

    List<TimelineEntry> entries = timeline.of("inc-1", EnumSet.allOf(Kind.class)).orElseThrow();

    assertThat(entries).extracting(TimelineEntry::type).containsExactly("IncidentReported", "MessageRendered",
        "MessageApproved", "DeliveryStarted", "IncidentTriaged");
    assertThat(entries).extracting(TimelineEntry::sequence).containsExactly(1L, null, null, null, 2L);
    assertThat(entries.subList(1, 4)).allSatisfy(entry -> {
      assertThat(entry.messageId()).isEqualTo("6.1");
      assertThat(entry.notificationId()).isEqualTo("n-1");
    });
    assertThat(timeline.of("inc-1", EnumSet.of(Kind.EVENT)).orElseThrow()).hasSize(2);
    assertThat(timeline.of("inc-2", EnumSet.allOf(Kind.class))).isEmpty();
  }

  private static Envelope envelope(long sequence, long secondsAfter) {
    return new Envelope(EventIds.causedBy("c-" + sequence, sequence), "inc-1", sequence,
        TEN_AM.plusSeconds(secondsAfter), new Actor("joao", Role.TEAM, null), Origin.API, "c-" + sequence, "corr");
  }

  private static ObservedMessageEvent observed(String eventId, Kind kind, String incidentId, long position,
      long secondsAfter, String type, MessageFact fact) {
    TimelineEntry entry = new TimelineEntry(kind, null, eventId, type, TEN_AM.plusSeconds(secondsAfter), SYSTEM,
        Origin.SYSTEM, "c-" + eventId, "n-1", null, Map.of(), null);
    return new ObservedMessageEvent("n-1", incidentId, position, fact, entry);
  }
}
