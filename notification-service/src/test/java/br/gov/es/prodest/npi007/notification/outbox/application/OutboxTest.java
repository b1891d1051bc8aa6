package br.gov.es.prodest.npi007.notification.outbox.application;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import br.gov.es.prodest.npi007.notification.outbox.domain.Actor;
import br.gov.es.prodest.npi007.notification.outbox.domain.Envelope;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageApproved;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageEdited;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageRendered;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationStatus;
import br.gov.es.prodest.npi007.notification.outbox.domain.Origin;
import br.gov.es.prodest.npi007.notification.outbox.domain.Role;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutboxTest {

  private static final Actor ASCOM = new Actor("ana.ascom", Role.ASCOM, "PRODEST");

  @Test
  void anEventReadTwiceIsAppliedOnce() {
    Outbox outbox = new Outbox();

    assertThat(outbox.apply(acknowledgement("n-1", "incident-1", "2025-03-15T02:30:00Z"))).isTrue();
    assertThat(outbox.apply(acknowledgement("n-1", "incident-1", "2025-03-15T02:30:00Z"))).isFalse();
    assertThat(outbox.apply(approved("n-1", 2))).isTrue();
    assertThat(outbox.apply(approved("n-1", 2))).isFalse();

    assertThat(outbox.matching(OutboxQuery.ALL)).singleElement().satisfies(entry -> {
      assertThat(entry.status()).isEqualTo(NotificationStatus.APPROVED);
      assertThat(entry.version()).isEqualTo(2);
      assertThat(entry.history()).extracting(HistoryEntry::type).containsExactly("MessageRendered", "MessageApproved");
    });
  }

  @Test
  void anEditShowsTheNewTextAndKeepsTheOriginalInTheHistory() {
    Outbox outbox = new Outbox();
    outbox.apply(acknowledgement("n-1", "incident-1", "2025-03-15T02:30:00Z"));

    outbox.apply(new MessageEdited(envelope("n-1", 2), List.of(new ChannelText(Channel.WHATSAPP, null, "Editado", null))));

    OutboxEntry entry = outbox.byId("n-1").orElseThrow();
    assertThat(entry.on(Channel.WHATSAPP).map(ChannelText::text)).contains("Editado");
    assertThat(entry.status()).isEqualTo(NotificationStatus.PENDING_REVIEW);
    assertThat(entry.history().get(0).texts()).extracting(ChannelText::text).containsExactly("Prezado, ...");
    assertThat(entry.history().get(1).actor()).isEqualTo(ASCOM);
  }

  @Test
  void listsInRenderingOrderWhateverTheOrderOfArrival() {
    Outbox outbox = new Outbox();
    outbox.apply(acknowledgement("n-late", "incident-1", "2025-03-15T03:00:00Z"));
    outbox.apply(acknowledgement("n-other", "incident-2", "2025-03-15T02:45:00Z"));
    outbox.apply(acknowledgement("n-early", "incident-1", "2025-03-15T02:30:00Z"));
    outbox.apply(acknowledgement("n-approved", "incident-1", "2025-03-15T02:35:00Z"));
    outbox.apply(approved("n-approved", 2));

    assertThat(outbox.matching(new OutboxQuery("incident-1", null, NotificationStatus.PENDING_REVIEW, "6.1")))
        .extracting(OutboxEntry::id).containsExactly("n-early", "n-late");
    assertThat(outbox.matching(new OutboxQuery(null, null, NotificationStatus.APPROVED, null)))
        .extracting(OutboxEntry::id).containsExactly("n-approved");
  }

  @Test
  void acceptsConcurrentWritersAndReaders() {
    Outbox outbox = new Outbox();

    IntStream.range(0, 2_000).parallel().forEach(i -> {
      outbox.apply(acknowledgement("n-" + (i % 500), "incident-" + (i % 7), "2025-03-15T02:30:00Z"));
      outbox.matching(OutboxQuery.ALL);
    });

    assertThat(outbox.matching(OutboxQuery.ALL)).hasSize(500);
  }

  private static MessageRendered acknowledgement(String id, String incidentId, String at) {
    return new MessageRendered(new Envelope("rendered-" + id, id, 1, Instant.parse(at), Actor.NOTIFICATION_SERVICE,
        Origin.SYSTEM, "command-" + id, "correlation-" + id), MessageTemplate.RECEIPT_ACKNOWLEDGEMENT, incidentId, null,
        "event-" + id, "abc123def456", null, List.of(new ChannelText(Channel.WHATSAPP, null, "Prezado, ...", null)),
        true);
  }

  private static MessageApproved approved(String id, long sequence) {
    return new MessageApproved(envelope(id, sequence));
  }

  private static Envelope envelope(String id, long sequence) {
    return new Envelope("event-" + id + "-" + sequence, id, sequence, Instant.parse("2025-03-15T04:00:00Z"), ASCOM,
        Origin.API, "ascom-command", "correlation");
  }
}
