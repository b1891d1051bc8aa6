package br.gov.es.prodest.npi007.notification.tracking.application;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationLifecycle;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageApproved;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageEdited;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageRendered;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationStatus;
import br.gov.es.prodest.npi007.paging.InvalidPageRequest;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageCursor;
import br.gov.es.prodest.npi007.paging.PageRequest;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxTest {

  private static final Actor ASCOM = new Actor("ana.ascom", Role.ASCOM, "PRODEST");

  @TempDir
  Path directory;
  ProjectionStore store;
  Outbox outbox;

  @BeforeEach
  void openStore() {
    store = StoredOutbox.open(directory);
    outbox = StoredOutbox.outbox(store);
  }

  @AfterEach
  void closeStore() {
    store.close();
  }

  boolean apply(NotificationEvent event) {
    return outbox.applyNotification(StoredOutbox.record(event));
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anEventReadTwiceIsAppliedOnce() {

    assertThat(apply(acknowledgement("n-1", "incident-1", "2025-03-15T02:30:00Z"))).isTrue();
    assertThat(apply(acknowledgement("n-1", "incident-1", "2025-03-15T02:30:00Z"))).isFalse();
    assertThat(apply(approved("n-1", 2))).isTrue();
    assertThat(apply(approved("n-1", 2))).isFalse();

    assertThat(outbox.matching(OutboxQuery.ALL)).singleElement().satisfies(entry -> {
      assertThat(entry.status()).isEqualTo(NotificationStatus.APPROVED);
      assertThat(entry.version()).isEqualTo(2);
      assertThat(entry.history()).extracting(HistoryEntry::type).containsExactly("MessageRendered", "MessageApproved");
    });
  }

  @Test
  void anEditShowsTheNewTextAndKeepsTheOriginalInTheHistory() {
    apply(acknowledgement("n-1", "incident-1", "2025-03-15T02:30:00Z"));

    apply(new MessageEdited(envelope("n-1", 2), List.of(new ChannelText(Channel.WHATSAPP, null, "Editado", null))));

    OutboxEntry entry = outbox.byId("n-1").orElseThrow();
    assertThat(entry.on(Channel.WHATSAPP).map(ChannelText::text)).contains("Editado");
    assertThat(entry.status()).isEqualTo(NotificationStatus.PENDING_REVIEW);
    assertThat(entry.history().get(0).texts()).extracting(ChannelText::text).containsExactly("Prezado, ...");
    assertThat(entry.history().get(1).actor()).isEqualTo(ASCOM);
  }

  @Test
  void listsInRenderingOrderWhateverTheOrderOfArrival() {
    apply(acknowledgement("n-late", "incident-1", "2025-03-15T03:00:00Z"));
    apply(acknowledgement("n-other", "incident-2", "2025-03-15T02:45:00Z"));
    apply(acknowledgement("n-early", "incident-1", "2025-03-15T02:30:00Z"));
    apply(acknowledgement("n-approved", "incident-1", "2025-03-15T02:35:00Z"));
    apply(approved("n-approved", 2));

    assertThat(outbox.matching(new OutboxQuery("incident-1", null, NotificationStatus.PENDING_REVIEW, "6.1")))
        .extracting(OutboxEntry::id).containsExactly("n-early", "n-late");
    assertThat(outbox.matching(new OutboxQuery(null, null, NotificationStatus.APPROVED, null)))
        .extracting(OutboxEntry::id).containsExactly("n-approved");
  }

  @Test
  void acceptsOneWriterAndConcurrentReaders() {
    Thread writer = new Thread(() -> IntStream.range(0, 2_000)
        .forEach(i -> apply(acknowledgement("n-" + (i % 500), "incident-" + (i % 7), "2025-03-15T02:30:00Z"))));
    writer.start();

    IntStream.range(0, 200).parallel().forEach(i -> outbox.matching(OutboxQuery.ALL));
    join(writer);

    assertThat(outbox.matching(OutboxQuery.ALL)).hasSize(500);
  }

  @Test
  void aPageHolds50EntriesByDefaultOrTheLimitAsked() {
    renderEveryMinute(120, "incident-1");

    Page<OutboxEntry> byDefault = outbox.page(OutboxQuery.ALL, PageRequest.of(null, null));
    Page<OutboxEntry> three = outbox.page(OutboxQuery.ALL, PageRequest.first(3));

    assertThat(byDefault.items()).hasSize(50);
    assertThat(byDefault.next()).isPresent();
    assertThat(three.items()).extracting(OutboxEntry::id).containsExactly("n-0", "n-1", "n-2");
  }

  @Test
  void walkingThePagesShowsEveryEntryOnceInRenderingOrderAndTheLastPageHasNoCursor() {
    renderEveryMinute(23, "incident-1");
    apply(acknowledgement("n-same-time", "incident-2", "2025-03-15T02:40:00Z"));

    List<Page<OutboxEntry>> pages = walk(outbox, OutboxQuery.ALL, 5);

    assertThat(pages).hasSize(5);
    assertThat(pages.get(4).next()).isEmpty();
    assertThat(pages.stream().flatMap(page -> page.items().stream()).map(OutboxEntry::id).toList())
        .isEqualTo(outbox.matching(OutboxQuery.ALL).stream().map(OutboxEntry::id).toList())
        .hasSize(24).doesNotHaveDuplicates();
  }

  @Test
  void anEntryRenderedBetweenTwoPagesIsNeitherRepeatedNorSkipped() {
    renderEveryMinute(6, "incident-1");
    Page<OutboxEntry> first = outbox.page(OutboxQuery.ALL, PageRequest.first(3));

    apply(acknowledgement("n-earlier", "incident-1", "2025-03-15T02:29:00Z"));
    apply(acknowledgement("n-later", "incident-1", "2025-03-15T02:33:30Z"));
    Page<OutboxEntry> second = outbox.page(OutboxQuery.ALL, PageRequest.of("3", first.nextCursor()));
    Page<OutboxEntry> third = outbox.page(OutboxQuery.ALL, PageRequest.of("3", second.nextCursor()));

    assertThat(first.items()).extracting(OutboxEntry::id).containsExactly("n-0", "n-1", "n-2");
    assertThat(second.items()).extracting(OutboxEntry::id).containsExactly("n-3", "n-later", "n-4");
    assertThat(third.items()).extracting(OutboxEntry::id).containsExactly("n-5");
    assertThat(third.next()).isEmpty();
  }

  @Test
  void theFiltersHoldOnEveryPage() {
    renderEveryMinute(10, "incident-1");
    for (int i = 0; i < 10; i++) {
      apply(acknowledgement("m-" + i, "incident-2", "2025-03-15T02:30:" + (10 + i) + "Z"));
    }
    apply(approved("m-3", 2));

    List<String> pending = walk(outbox, new OutboxQuery("incident-2", null, NotificationStatus.PENDING_REVIEW, "6.1"), 4)
        .stream().flatMap(page -> page.items().stream()).map(OutboxEntry::id).toList();

    assertThat(pending).containsExactly("m-0", "m-1", "m-2", "m-4", "m-5", "m-6", "m-7", "m-8", "m-9");
  }

  @Test
  void aCursorOfAnotherListIsRefused() {
    String incidents = PageCursor.encode("incidents", List.of("2025-03-15T02:30:00Z", "incident-1"));

    assertThatThrownBy(() -> outbox.page(OutboxQuery.ALL, PageRequest.of(null, incidents)))
        .isInstanceOfSatisfying(InvalidPageRequest.class, refused -> assertThat(refused.code()).isEqualTo("INVALID_CURSOR"));
  }

  @Test
  void newestFirstWalksTheSameListBackwardWithTheFiltersOnEveryPage() {
    renderEveryMinute(23, "incident-1");
    apply(acknowledgement("n-same-time", "incident-2", "2025-03-15T02:40:00Z"));
    apply(approved("n-20", 2));
    OutboxQuery pending = new OutboxQuery(null, null, NotificationStatus.PENDING_REVIEW, null);

    List<Page<OutboxEntry>> pages = walk(outbox, OutboxQuery.ALL, OutboxOrder.NEWEST, 5);
    List<String> pendingNewest = ids(walk(outbox, pending, OutboxOrder.NEWEST, 4));

    assertThat(pages).hasSize(5);
    assertThat(pages.get(0).items()).extracting(OutboxEntry::id).containsExactly("n-22", "n-21", "n-20", "n-19", "n-18");
    assertThat(pages.get(4).next()).isEmpty();
    assertThat(ids(pages)).isEqualTo(reversed(ids(walk(outbox, OutboxQuery.ALL, OutboxOrder.OLDEST, 500))))
        .hasSize(24).doesNotHaveDuplicates();
    assertThat(pendingNewest).isEqualTo(reversed(ids(walk(outbox, pending, OutboxOrder.OLDEST, 500))))
        .hasSize(23).doesNotContain("n-20").startsWith("n-22", "n-21", "n-19");
  }

  @Test
  void anEntryRenderedBetweenTwoNewestPagesIsNeitherRepeatedNorSkipped() {
    renderEveryMinute(6, "incident-1");
    Page<OutboxEntry> first = outbox.page(OutboxQuery.ALL, OutboxOrder.NEWEST, PageRequest.first(3));

    apply(acknowledgement("n-newest", "incident-1", "2025-03-15T03:00:00Z"));
    apply(acknowledgement("n-between", "incident-1", "2025-03-15T02:31:30Z"));
    Page<OutboxEntry> second = outbox.page(OutboxQuery.ALL, OutboxOrder.NEWEST, PageRequest.of("3", first.nextCursor()));
    Page<OutboxEntry> third = outbox.page(OutboxQuery.ALL, OutboxOrder.NEWEST, PageRequest.of("3", second.nextCursor()));

    assertThat(first.items()).extracting(OutboxEntry::id).containsExactly("n-5", "n-4", "n-3");
    assertThat(second.items()).extracting(OutboxEntry::id).containsExactly("n-2", "n-between", "n-1");
    assertThat(third.items()).extracting(OutboxEntry::id).containsExactly("n-0");
    assertThat(third.next()).isEmpty();
  }

  @Test
  void aCursorOfOneOrderIsRefusedByTheOther() {
    renderEveryMinute(4, "incident-1");
    String oldest = outbox.page(OutboxQuery.ALL, OutboxOrder.OLDEST, PageRequest.first(1)).nextCursor();
    String newest = outbox.page(OutboxQuery.ALL, OutboxOrder.NEWEST, PageRequest.first(1)).nextCursor();

    assertThatThrownBy(() -> outbox.page(OutboxQuery.ALL, OutboxOrder.NEWEST, PageRequest.of(null, oldest)))
        .isInstanceOfSatisfying(InvalidPageRequest.class, refused -> assertThat(refused.code()).isEqualTo("INVALID_CURSOR"));
    assertThatThrownBy(() -> outbox.page(OutboxQuery.ALL, OutboxOrder.OLDEST, PageRequest.of(null, newest)))
        .isInstanceOfSatisfying(InvalidPageRequest.class, refused -> assertThat(refused.code()).isEqualTo("INVALID_CURSOR"));
  }

  static List<Page<OutboxEntry>> walk(Outbox outbox, OutboxQuery query, int limit) {
    return walk(outbox, query, OutboxOrder.OLDEST, limit);
  }

  static List<Page<OutboxEntry>> walk(Outbox outbox, OutboxQuery query, OutboxOrder order, int limit) {
    List<Page<OutboxEntry>> pages = new ArrayList<>();
    Page<OutboxEntry> page = outbox.page(query, order, PageRequest.first(limit));
    pages.add(page);
    while (page.next().isPresent()) {
      page = outbox.page(query, order, new PageRequest(limit, page.nextCursor()));
      pages.add(page);
    }
    return pages;
  }

  private static List<String> ids(List<Page<OutboxEntry>> pages) {
    return pages.stream().flatMap(page -> page.items().stream()).map(OutboxEntry::id).toList();
  }

  private static List<String> reversed(List<String> ids) {
    List<String> copy = new ArrayList<>(ids);
    Collections.reverse(copy);
    return copy;
  }

  /** Acknowledgements {@code n-0} ... rendered a minute apart from 02:30, in rendering order. */
  private void renderEveryMinute(int count, String incidentId) {
    for (int i = 0; i < count; i++) {
      apply(acknowledgement("n-" + i, incidentId, Instant.parse("2025-03-15T02:30:00Z").plusSeconds(60L * i)
          .toString()));
    }
  }

  static MessageRendered acknowledgement(String id, String incidentId, String at) {
    return new MessageRendered(new Envelope("rendered-" + id, id, 1, Instant.parse(at), NotificationLifecycle.NOTIFICATION_SERVICE,
        Origin.SYSTEM, "command-" + id, "correlation-" + id), MessageTemplate.RECEIPT_ACKNOWLEDGEMENT, incidentId, null,
        "event-" + id, "abc123def456", null, List.of(new ChannelText(Channel.WHATSAPP, null, "Prezado, ...", null)),
        true);
  }

  static MessageApproved approved(String id, long sequence) {
    return new MessageApproved(envelope(id, sequence));
  }

  private static Envelope envelope(String id, long sequence) {
    return new Envelope("event-" + id + "-" + sequence, id, sequence, Instant.parse("2025-03-15T04:00:00Z"), ASCOM,
        Origin.API, "ascom-command", "correlation");
  }
}
