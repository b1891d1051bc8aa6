package br.gov.es.prodest.npi007.notification.outbox.application;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OutboxTest {

  @Test
  void aNotificationReadTwiceIsKeptOnce() {
    Outbox outbox = new Outbox();

    assertThat(outbox.add(acknowledgement("n-1", "incident-1", "2025-03-15T02:30:00Z"))).isTrue();
    assertThat(outbox.add(acknowledgement("n-1", "incident-1", "2025-03-15T02:30:00Z"))).isFalse();

    assertThat(outbox.matching(OutboxQuery.ALL)).extracting(OutboxEntry::id).containsExactly("n-1");
  }

  @Test
  void listsInRenderingOrderWhateverTheOrderOfArrival() {
    Outbox outbox = new Outbox();
    outbox.add(acknowledgement("n-late", "incident-1", "2025-03-15T03:00:00Z"));
    outbox.add(acknowledgement("n-other", "incident-2", "2025-03-15T02:45:00Z"));
    outbox.add(acknowledgement("n-early", "incident-1", "2025-03-15T02:30:00Z"));

    assertThat(outbox.matching(new OutboxQuery("incident-1", null, NotificationStatus.PENDING_REVIEW, "6.1")))
        .extracting(OutboxEntry::id).containsExactly("n-early", "n-late");
    assertThat(outbox.matching(new OutboxQuery(null, null, NotificationStatus.APPROVED, null))).isEmpty();
  }

  @Test
  void acceptsConcurrentWritersAndReaders() {
    Outbox outbox = new Outbox();

    IntStream.range(0, 2_000).parallel().forEach(i -> {
      outbox.add(acknowledgement("n-" + (i % 500), "incident-" + (i % 7), "2025-03-15T02:30:00Z"));
      outbox.matching(OutboxQuery.ALL);
    });

    assertThat(outbox.matching(OutboxQuery.ALL)).hasSize(500);
  }

  private static OutboxEntry acknowledgement(String id, String incidentId, String at) {
    return new OutboxEntry(id, "6.1", null, incidentId, null, NotificationStatus.PENDING_REVIEW, "abc123def456",
        "event-" + id, Instant.parse(at), List.of(new ChannelText(Channel.WHATSAPP, null, "Prezado, ...", null)));
  }
}
