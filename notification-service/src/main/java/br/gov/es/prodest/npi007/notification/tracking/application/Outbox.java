package br.gov.es.prodest.npi007.notification.tracking.application;

import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageRendered;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationStatus;
import br.gov.es.prodest.npi007.notification.tracking.application.OutboxKeys.OutboxList;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import br.gov.es.prodest.npi007.processing.EventHistory;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * ASCOM's outbox: which messages were rendered, and where each stands. Kept in a
 * {@link ProjectionStore} fed by one replay of the notifications and deliveries topics, which
 * resumes where it stopped after a restart. Per notification the store holds the records of both
 * topics as they came, folded at each read by {@link OutboxEntry} and {@link DeliveryView}; a
 * delivery record may come before or after its notification's rendering. Idempotent by notification
 * id and sequence (and by the delivery stream's sequence), so a record read twice is applied once.
 *
 * <p>Its lists are key ranges in rendering order: all entries, per incident, per maintenance and per
 * status (an entry moves between status ranges in the same write as the record that changes its
 * status), so a page is a walk of the narrowest range the query allows, from the cursor, forward
 * (rendering order) or backward (newest first), that stops once it is full. One writer (the replay), many readers. Each instance of the service reads every
 * partition into its own store, so any instance answers any query.
 *
 * <p>It reads the notifications ({@code outbox}) and the deliveries ({@code delivery}), so it lives in
 * its own feature beside both: delivery depends on the outbox, and neither depends on this view.
 */
public final class Outbox {

  private final ProjectionStore store;
  private final OutboxRecords records;

  public Outbox(ProjectionStore store, OutboxRecords records) {
    this.store = store;
    this.records = records;
  }

  /** The store's layout name, for {@link ProjectionStore#open}. */
  public static String layout() {
    return OutboxKeys.LAYOUT;
  }

  /**
   * Applies a record of the notifications topic within the replay's write; false when it was applied
   * before (a replay or a duplicate), or when it does not follow the notification's last event.
   */
  public boolean applyNotification(ProjectionWrite write, byte[] value) {
    NotificationEvent event = records.notification(value);
    String id = event.envelope().aggregateId();
    long sequence = event.envelope().sequence();
    byte[] stored = write.get(OutboxKeys.notification(id));
    OutboxEntry entry = fold(stored);
    OutboxEntry next;
    if (entry == null && event instanceof MessageRendered rendered && sequence == 1) {
      next = OutboxEntry.opened(rendered);
      RenderingPosition position = RenderingPosition.of(next);
      list(write, OutboxList.ALL, position);
      if (next.incidentId() != null) {
        list(write, OutboxList.byIncident(next.incidentId()), position);
      }
      if (next.maintenanceId() != null) {
        list(write, OutboxList.byMaintenance(next.maintenanceId()), position);
      }
    } else if (entry != null && sequence == entry.version() + 1) {
      next = entry.after(event);
    } else {
      return false;
    }
    write.put(OutboxKeys.notification(id), EventHistory.append(stored, List.of(value)));
    relist(write, next, deliveries(write.get(OutboxKeys.deliveries(id))));
    return true;
  }

  /**
   * Applies a record of the deliveries topic within the replay's write; false when it repeats one
   * (at or below the delivery stream's last sequence).
   */
  public boolean applyDelivery(ProjectionWrite write, byte[] value) {
    DeliveryEvent event = records.delivery(value);
    String id = event.message().notificationId();
    byte[] stored = write.get(OutboxKeys.deliveries(id));
    DeliveryView view = deliveries(stored);
    DeliveryView next = view.after(event);
    if (next == view) {
      return false;
    }
    write.put(OutboxKeys.deliveries(id), EventHistory.append(stored, List.of(value)));
    OutboxEntry entry = fold(write.get(OutboxKeys.notification(id)));
    if (entry != null) {
      relist(write, entry, next);
    }
    return true;
  }

  /** Applies a notification record in a write of its own: for a sole writer outside a replay (the replay command). */
  public boolean applyNotification(byte[] value) {
    return alone(write -> applyNotification(write, value));
  }

  /** Applies a delivery record in a write of its own: for a sole writer outside a replay (the replay command). */
  public boolean applyDelivery(byte[] value) {
    return alone(write -> applyDelivery(write, value));
  }

  private boolean alone(Function<ProjectionWrite, Boolean> apply) {
    try (ProjectionWrite write = store.newWrite()) {
      boolean applied = apply.apply(write);
      if (applied) {
        write.commit();
      }
      return applied;
    }
  }

  public DeliveryView deliveriesOf(String id) {
    return deliveries(store.get(OutboxKeys.deliveries(id)));
  }

  /** The entry's status with its deliveries. */
  public NotificationStatus statusOf(OutboxEntry entry) {
    return deliveriesOf(entry.id()).statusOver(entry.status());
  }

  /**
   * How many entries have the status now: one read of the count kept in the same writes as the
   * status lists (a metric reads it at each scrape, so it must not walk the list).
   */
  public long countIn(NotificationStatus status) {
    return OutboxKeys.count(store.get(OutboxKeys.statusCount(status.name())));
  }

  public Optional<OutboxEntry> byId(String id) {
    return Optional.ofNullable(fold(store.get(OutboxKeys.notification(id))));
  }

  /** Every entry the query matches, in rendering order (for callers that need the whole list). */
  public List<OutboxEntry> matching(OutboxQuery query) {
    OutboxList list = narrowest(query);
    try (Stream<ProjectionStore.Entry> listed = store.scan(list.prefix(), null)) {
      return listed.map(this::entryOf).flatMap(Optional::stream).filter(entry -> matches(query, entry)).toList();
    }
  }

  /** One page of the entries the query matches, in rendering order. */
  public Page<OutboxEntry> page(OutboxQuery query, PageRequest request) {
    return page(query, OutboxOrder.OLDEST, request);
  }

  /**
   * One page of the entries the query matches, in rendering order or newest first: the same key
   * range walked forward or backward from the cursor, so the newest page reads no history.
   */
  public Page<OutboxEntry> page(OutboxQuery query, OutboxOrder order, PageRequest request) {
    OutboxList list = narrowest(query);
    byte[] from = request.cursor() == null ? null : list.at(RenderingPosition.fromCursor(order, request.cursor()));
    try (Stream<ProjectionStore.Entry> listed = order == OutboxOrder.NEWEST
        ? store.scanBackward(list.prefix(), from) : store.scan(list.prefix(), from)) {
      Iterator<OutboxEntry> entries = listed.map(this::entryOf).flatMap(Optional::stream).iterator();
      return Page.collect(entries, entry -> Optional.of(entry).filter(matching -> matches(query, matching)),
          request.limit(), entry -> RenderingPosition.of(entry).cursor(order));
    }
  }

  /** The narrowest list the query allows; the query is still checked on each entry. */
  private static OutboxList narrowest(OutboxQuery query) {
    if (query.incidentId() != null) {
      return OutboxList.byIncident(query.incidentId());
    } else if (query.maintenanceId() != null) {
      return OutboxList.byMaintenance(query.maintenanceId());
    } else if (query.status() != null) {
      return OutboxList.byStatus(query.status().name());
    }
    return OutboxList.ALL;
  }

  private Optional<OutboxEntry> entryOf(ProjectionStore.Entry listed) {
    return byId(new String(listed.value(), StandardCharsets.UTF_8));
  }

  private boolean matches(OutboxQuery query, OutboxEntry entry) {
    return query.matches(entry, statusOf(entry));
  }

  private static void list(ProjectionWrite write, OutboxList list, RenderingPosition position) {
    write.put(list.at(position), position.id().getBytes(StandardCharsets.UTF_8));
  }

  /** Moves the entry to the status list of its status with its deliveries, if it is not there yet. */
  private static void relist(ProjectionWrite write, OutboxEntry entry, DeliveryView deliveries) {
    String status = deliveries.statusOver(entry.status()).name();
    byte[] listedKey = OutboxKeys.listedStatus(entry.id());
    byte[] listed = write.get(listedKey);
    String previous = listed == null ? null : new String(listed, StandardCharsets.UTF_8);
    if (status.equals(previous)) {
      return;
    }
    RenderingPosition position = RenderingPosition.of(entry);
    if (previous != null) {
      write.delete(OutboxList.byStatus(previous).at(position));
      recount(write, previous, -1);
    }
    list(write, OutboxList.byStatus(status), position);
    recount(write, status, 1);
    write.put(listedKey, status.getBytes(StandardCharsets.UTF_8));
  }

  private static void recount(ProjectionWrite write, String status, long change) {
    byte[] key = OutboxKeys.statusCount(status);
    write.put(key, OutboxKeys.count(OutboxKeys.count(write.get(key)) + change));
  }

  /** The entry its stored records make, or null when none is stored. */
  private OutboxEntry fold(byte[] stored) {
    OutboxEntry entry = null;
    for (byte[] value : EventHistory.read(stored)) {
      NotificationEvent event = records.notification(value);
      entry = entry == null ? OutboxEntry.opened((MessageRendered) event) : entry.after(event);
    }
    return entry;
  }

  private DeliveryView deliveries(byte[] stored) {
    DeliveryView view = DeliveryView.NONE;
    for (byte[] value : EventHistory.read(stored)) {
      view = view.after(records.delivery(value));
    }
    return view;
  }
}
