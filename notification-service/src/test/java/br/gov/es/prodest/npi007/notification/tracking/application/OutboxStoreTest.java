package br.gov.es.prodest.npi007.notification.tracking.application;

import static br.gov.es.prodest.npi007.notification.tracking.application.OutboxTest.acknowledgement;
import static br.gov.es.prodest.npi007.notification.tracking.application.OutboxTest.approved;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryStarted;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryTarget;
import br.gov.es.prodest.npi007.notification.delivery.domain.MessageRef;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationStatus;
import br.gov.es.prodest.npi007.notification.tracking.application.OutboxKeys.OutboxList;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the outbox's store adds: a restart answers with no replay, re-applied records change nothing, lists are ranges. */
class OutboxStoreTest {

  private static final OutboxQuery PENDING = new OutboxQuery(null, null, NotificationStatus.PENDING_REVIEW, null);

  @TempDir
  Path directory;

  @Test
  void aReopenedStoreAnswersTheSameQueriesWithNoReplay() {
    List<String> before;
    Page<OutboxEntry> firstPage;
    try (ProjectionStore store = StoredOutbox.open(directory)) {
      Outbox outbox = StoredOutbox.outbox(store);
      for (int i = 0; i < 7; i++) {
        outbox.applyNotification(StoredOutbox.record(acknowledgement("n-" + i, "incident-" + (i % 2),
            "2025-03-15T02:3" + i + ":00Z")));
      }
      outbox.applyNotification(StoredOutbox.record(approved("n-3", 2)));
      before = ids(outbox.matching(OutboxQuery.ALL));
      firstPage = outbox.page(PENDING, PageRequest.first(2));
    }

    try (ProjectionStore store = StoredOutbox.open(directory)) {
      Outbox reopened = StoredOutbox.outbox(store);

      assertThat(ids(reopened.matching(OutboxQuery.ALL))).isEqualTo(before).hasSize(7);
      assertThat(reopened.byId("n-3").map(OutboxEntry::status)).contains(NotificationStatus.APPROVED);
      assertThat(ids(reopened.page(PENDING, PageRequest.first(2)).items())).isEqualTo(ids(firstPage.items()));
      assertThat(ids(reopened.page(PENDING, PageRequest.of("2", firstPage.nextCursor())).items()))
          .containsExactly("n-2", "n-4");
      assertThat(ids(reopened.matching(new OutboxQuery("incident-1", null, null, null))))
          .containsExactly("n-1", "n-3", "n-5");
    }
  }

  @Test
  void reApplyingThePollsRecordsChangesNothing() {
    try (ProjectionStore store = StoredOutbox.open(directory)) {
      Outbox outbox = StoredOutbox.outbox(store);
      List<byte[]> notifications = List.of(StoredOutbox.record(acknowledgement("n-1", "incident-1",
          "2025-03-15T02:30:00Z")), StoredOutbox.record(approved("n-1", 2)));
      byte[] delivery = StoredOutbox.record(started("n-1", 1));
      poll(store, outbox, notifications, delivery);
      String before = dump(store);

      poll(store, outbox, notifications, delivery); // a crash between the poll and its batch: read again

      assertThat(dump(store)).isEqualTo(before);
      assertThat(outbox.byId("n-1").orElseThrow().history()).hasSize(2);
      assertThat(outbox.deliveriesOf("n-1").events()).hasSize(1);
    }
  }

  @Test
  void aDeliveryReadBeforeItsNotificationCountsOnceTheNotificationIsRead() {
    try (ProjectionStore store = StoredOutbox.open(directory)) {
      Outbox outbox = StoredOutbox.outbox(store);

      assertThat(outbox.applyDelivery(StoredOutbox.record(started("n-1", 1)))).isTrue();
      assertThat(outbox.byId("n-1")).isEmpty();
      outbox.applyNotification(StoredOutbox.record(acknowledgement("n-1", "incident-1", "2025-03-15T02:30:00Z")));

      OutboxEntry entry = outbox.byId("n-1").orElseThrow();
      assertThat(outbox.statusOf(entry)).isEqualTo(NotificationStatus.SENT);
      assertThat(ids(outbox.matching(new OutboxQuery(null, null, NotificationStatus.SENT, null))))
          .containsExactly("n-1");
      assertThat(outbox.matching(PENDING)).isEmpty();
    }
  }

  @Test
  void aStatusFilterWalksOnlyItsOwnListAndMovesAnEntryWhenItsStatusChanges() {
    try (ProjectionStore store = StoredOutbox.open(directory)) {
      Outbox outbox = StoredOutbox.outbox(store);
      Instant start = Instant.parse("2025-03-15T02:30:00Z");
      for (int i = 0; i < 300; i++) {
        String id = String.format("n-%03d", i);
        outbox.applyNotification(StoredOutbox.record(acknowledgement(id, "incident-" + i, start.plusSeconds(i)
            .toString())));
        if (i % 100 != 50) {
          outbox.applyNotification(StoredOutbox.record(approved(id, 2)));
        }
      }

      Page<OutboxEntry> first = outbox.page(PENDING, PageRequest.first(2));
      Page<OutboxEntry> second = outbox.page(PENDING, PageRequest.of("2", first.nextCursor()));

      assertThat(ids(first.items())).containsExactly("n-050", "n-150");
      assertThat(ids(second.items())).containsExactly("n-250");
      assertThat(second.next()).isEmpty();
      assertThat(listed(store, OutboxList.byStatus("PENDING_REVIEW"))).isEqualTo(3);
      assertThat(listed(store, OutboxList.byStatus("APPROVED"))).isEqualTo(297);
      assertThat(listed(store, OutboxList.ALL)).isEqualTo(300);
      assertThat(outbox.countIn(NotificationStatus.PENDING_REVIEW)).isEqualTo(3);
      assertThat(outbox.countIn(NotificationStatus.APPROVED)).isEqualTo(297);
    }
  }

  /** The per-status counts (read by the pending gauge) follow the lists, and a repeated poll counts nothing twice. */
  @Test
  void theStatusCountsFollowTheListsAndARepeatedPollChangesNone() {
    try (ProjectionStore store = StoredOutbox.open(directory)) {
      Outbox outbox = StoredOutbox.outbox(store);
      List<byte[]> rendered = List.of(StoredOutbox.record(acknowledgement("n-1", "incident-1", "2025-03-15T02:30:00Z")),
          StoredOutbox.record(acknowledgement("n-2", "incident-2", "2025-03-15T02:31:00Z")));
      rendered.forEach(outbox::applyNotification);
      assertThat(outbox.countIn(NotificationStatus.PENDING_REVIEW)).isEqualTo(2);

      List<byte[]> approval = List.of(StoredOutbox.record(approved("n-1", 2)));
      byte[] delivery = StoredOutbox.record(started("n-1", 1));
      poll(store, outbox, approval, delivery);
      poll(store, outbox, approval, delivery);

      assertThat(outbox.countIn(NotificationStatus.PENDING_REVIEW)).isEqualTo(1);
      assertThat(outbox.countIn(NotificationStatus.APPROVED)).isZero();
      assertThat(outbox.countIn(NotificationStatus.SENT)).isEqualTo(1);
      for (NotificationStatus status : NotificationStatus.values()) {
        assertThat(outbox.countIn(status)).isEqualTo(listed(store, OutboxList.byStatus(status.name())));
      }
    }
  }

  /** One poll of the replay: the notification's records, then a delivery, in one write. */
  private static void poll(ProjectionStore store, Outbox outbox, List<byte[]> notifications, byte[] delivery) {
    try (ProjectionWrite write = store.newWrite()) {
      notifications.forEach(record -> outbox.applyNotification(write, record));
      outbox.applyDelivery(write, delivery);
      if (!write.isEmpty()) {
        write.commit();
      }
    }
  }

  private static long listed(ProjectionStore store, OutboxList list) {
    try (Stream<ProjectionStore.Entry> entries = store.scan(list.prefix(), null)) {
      return entries.count();
    }
  }

  private static String dump(ProjectionStore store) {
    StringBuilder all = new StringBuilder();
    for (String space : List.of("notification", "deliveries", "listed-status", "rendering-order", "by-incident",
        "by-status")) {
      try (Stream<ProjectionStore.Entry> entries = store.scan(new OutboxList(space, null).prefix(), null)) {
        entries.forEach(entry -> all.append(java.util.Arrays.toString(entry.key())).append('=')
            .append(java.util.Arrays.toString(entry.value())).append('\n'));
      }
    }
    return all.toString();
  }

  private static DeliveryStarted started(String id, long sequence) {
    return new DeliveryStarted(new MessageRef(id, "6.1", "incident-1", null), sequence,
        Instant.parse("2025-03-15T04:00:00Z"), DeliveryTarget.of(id, Channel.WHATSAPP, "manual", "grupo"), 1);
  }

  private static List<String> ids(List<OutboxEntry> entries) {
    return entries.stream().map(OutboxEntry::id).toList();
  }
}
