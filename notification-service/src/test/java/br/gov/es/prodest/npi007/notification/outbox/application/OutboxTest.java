package br.gov.es.prodest.npi007.notification.outbox.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import br.gov.es.prodest.npi007.paging.InvalidPageRequest;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageCursor;
import br.gov.es.prodest.npi007.paging.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
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

  @Test
  void aPageHolds50EntriesByDefaultOrTheLimitAsked() {
    Outbox outbox = new Outbox();
    renderEveryMinute(outbox, 120, "incident-1");

    Page<OutboxEntry> byDefault = outbox.page(OutboxQuery.ALL, PageRequest.of(null, null));
    Page<OutboxEntry> three = outbox.page(OutboxQuery.ALL, PageRequest.first(3));

    assertThat(byDefault.items()).hasSize(50);
    assertThat(byDefault.next()).isPresent();
    assertThat(three.items()).extracting(OutboxEntry::id).containsExactly("n-0", "n-1", "n-2");
  }

  @Test
  void walkingThePagesShowsEveryEntryOnceInRenderingOrderAndTheLastPageHasNoCursor() {
    Outbox outbox = new Outbox();
    renderEveryMinute(outbox, 23, "incident-1");
    outbox.apply(acknowledgement("n-same-time", "incident-2", "2025-03-15T02:40:00Z"));

    List<Page<OutboxEntry>> pages = walk(outbox, OutboxQuery.ALL, 5);

    assertThat(pages).hasSize(5);
    assertThat(pages.get(4).next()).isEmpty();
    assertThat(pages.stream().flatMap(page -> page.items().stream()).map(OutboxEntry::id).toList())
        .isEqualTo(outbox.matching(OutboxQuery.ALL).stream().map(OutboxEntry::id).toList())
        .hasSize(24).doesNotHaveDuplicates();
  }

  @Test
  void anEntryRenderedBetweenTwoPagesIsNeitherRepeatedNorSkipped() {
    Outbox outbox = new Outbox();
    renderEveryMinute(outbox, 6, "incident-1");
    Page<OutboxEntry> first = outbox.page(OutboxQuery.ALL, PageRequest.first(3));

    outbox.apply(acknowledgement("n-earlier", "incident-1", "2025-03-15T02:29:00Z"));
    outbox.apply(acknowledgement("n-later", "incident-1", "2025-03-15T02:33:30Z"));
    Page<OutboxEntry> second = outbox.page(OutboxQuery.ALL, PageRequest.of("3", first.nextCursor()));
    Page<OutboxEntry> third = outbox.page(OutboxQuery.ALL, PageRequest.of("3", second.nextCursor()));

    assertThat(first.items()).extracting(OutboxEntry::id).containsExactly("n-0", "n-1", "n-2");
    assertThat(second.items()).extracting(OutboxEntry::id).containsExactly("n-3", "n-later", "n-4");
    assertThat(third.items()).extracting(OutboxEntry::id).containsExactly("n-5");
    assertThat(third.next()).isEmpty();
  }

  @Test
  void theFiltersHoldOnEveryPage() {
    Outbox outbox = new Outbox();
    renderEveryMinute(outbox, 10, "incident-1");
    for (int i = 0; i < 10; i++) {
      outbox.apply(acknowledgement("m-" + i, "incident-2", "2025-03-15T02:30:" + (10 + i) + "Z"));
    }
    outbox.apply(approved("m-3", 2));

    List<String> pending = walk(outbox, new OutboxQuery("incident-2", null, NotificationStatus.PENDING_REVIEW, "6.1"), 4)
        .stream().flatMap(page -> page.items().stream()).map(OutboxEntry::id).toList();

    assertThat(pending).containsExactly("m-0", "m-1", "m-2", "m-4", "m-5", "m-6", "m-7", "m-8", "m-9");
  }

  @Test
  void aCursorOfAnotherListIsRefused() {
    Outbox outbox = new Outbox();
    String incidents = PageCursor.encode("incidents", List.of("2025-03-15T02:30:00Z", "incident-1"));

    assertThatThrownBy(() -> outbox.page(OutboxQuery.ALL, PageRequest.of(null, incidents)))
        .isInstanceOfSatisfying(InvalidPageRequest.class, refused -> assertThat(refused.code()).isEqualTo("INVALID_CURSOR"));
  }

  private static List<Page<OutboxEntry>> walk(Outbox outbox, OutboxQuery query, int limit) {
    List<Page<OutboxEntry>> pages = new ArrayList<>();
    Page<OutboxEntry> page = outbox.page(query, PageRequest.first(limit));
    pages.add(page);
    while (page.next().isPresent()) {
      page = outbox.page(query, new PageRequest(limit, page.nextCursor()));
      pages.add(page);
    }
    return pages;
  }

  /** Acknowledgements {@code n-0} ... rendered a minute apart from 02:30, in rendering order. */
  private static void renderEveryMinute(Outbox outbox, int count, String incidentId) {
    for (int i = 0; i < count; i++) {
      outbox.apply(acknowledgement("n-" + i, incidentId, Instant.parse("2025-03-15T02:30:00Z").plusSeconds(60L * i)
          .toString()));
    }
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
