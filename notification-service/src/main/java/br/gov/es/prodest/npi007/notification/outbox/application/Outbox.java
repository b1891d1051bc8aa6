package br.gov.es.prodest.npi007.notification.outbox.application;

import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageRendered;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationStatus;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * ASCOM's outbox: which messages were rendered, and where each stands. Rebuilt from the
 * notifications topic at every start; idempotent by notification id and sequence, so an event read
 * twice is applied once. Safe for one writer and many readers at once. Its lists are kept sorted in
 * rendering order, as a whole and per incident and per maintenance (the gateway's and the timeline's
 * usual question), so a page is a walk from the cursor that stops once it is full.
 */
public final class Outbox {

  private final Map<String, OutboxEntry> entries = new ConcurrentHashMap<>();
  /** Every entry's id in rendering order (the position never changes: its parts are set at rendering). */
  private final ConcurrentNavigableMap<RenderingPosition, String> inRenderingOrder = sorted();
  private final Map<String, ConcurrentNavigableMap<RenderingPosition, String>> byIncident = new ConcurrentHashMap<>();
  private final Map<String, ConcurrentNavigableMap<RenderingPosition, String>> byMaintenance =
      new ConcurrentHashMap<>();
  private final Map<String, DeliveryView> deliveries = new ConcurrentHashMap<>();

  /**
   * Applies a delivery event (from the deliveries topic, read apart from the notifications: it may
   * come before its notification's rendering is seen); idempotent by the delivery stream's sequence.
   */
  public void apply(DeliveryEvent event) {
    deliveries.compute(event.message().notificationId(),
        (id, view) -> (view == null ? DeliveryView.NONE : view).after(event));
  }

  public DeliveryView deliveriesOf(String id) {
    return deliveries.getOrDefault(id, DeliveryView.NONE);
  }

  /** The entry's status with its deliveries. */
  public NotificationStatus statusOf(OutboxEntry entry) {
    return deliveriesOf(entry.id()).statusOver(entry.status());
  }

  /**
   * Applies a notification's event; false when it was applied before (a replay or a duplicate), or
   * when it does not follow the notification's last event.
   */
  public boolean apply(NotificationEvent event) {
    String id = event.envelope().notificationId();
    long sequence = event.envelope().sequence();
    boolean[] applied = {false};
    entries.compute(id, (key, entry) -> {
      if (entry == null && event instanceof MessageRendered rendered && sequence == 1) {
        applied[0] = true;
        return OutboxEntry.opened(rendered);
      } else if (entry != null && sequence == entry.version() + 1) {
        applied[0] = true;
        return entry.after(event);
      }
      return entry;
    });
    if (applied[0] && sequence == 1) {
      index(entries.get(id));
    }
    return applied[0];
  }

  private void index(OutboxEntry entry) {
    RenderingPosition position = RenderingPosition.of(entry);
    inRenderingOrder.put(position, entry.id());
    if (entry.incidentId() != null) {
      byIncident.computeIfAbsent(entry.incidentId(), key -> sorted()).put(position, entry.id());
    }
    if (entry.maintenanceId() != null) {
      byMaintenance.computeIfAbsent(entry.maintenanceId(), key -> sorted()).put(position, entry.id());
    }
  }

  private static ConcurrentNavigableMap<RenderingPosition, String> sorted() {
    return new ConcurrentSkipListMap<>(RenderingPosition.RENDERING_ORDER);
  }

  public Optional<OutboxEntry> byId(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** Every entry the query matches, in rendering order (for callers that need the whole list). */
  public List<OutboxEntry> matching(OutboxQuery query) {
    List<OutboxEntry> matching = new ArrayList<>();
    candidates(query).values().forEach(id -> byId(id).filter(entry -> matches(query, entry)).ifPresent(matching::add));
    return matching;
  }

  /** One page of the entries the query matches, in rendering order. */
  public Page<OutboxEntry> page(OutboxQuery query, PageRequest request) {
    NavigableMap<RenderingPosition, String> candidates = candidates(query);
    var after = request.cursor() == null ? candidates
        : candidates.tailMap(RenderingPosition.fromCursor(request.cursor()), false);
    return Page.collect(after.values().stream().flatMap(id -> byId(id).stream()).iterator(),
        entry -> Optional.of(entry).filter(matching -> matches(query, matching)), request.limit(),
        entry -> RenderingPosition.of(entry).cursor());
  }

  /** The narrowest sorted index the query allows; the query is still checked on each entry. */
  private NavigableMap<RenderingPosition, String> candidates(OutboxQuery query) {
    if (query.incidentId() != null) {
      return indexed(byIncident, query.incidentId());
    } else if (query.maintenanceId() != null) {
      return indexed(byMaintenance, query.maintenanceId());
    }
    return inRenderingOrder;
  }

  private static NavigableMap<RenderingPosition, String> indexed(
      Map<String, ConcurrentNavigableMap<RenderingPosition, String>> index, String subject) {
    NavigableMap<RenderingPosition, String> found = index.get(subject);
    return found == null ? Collections.emptyNavigableMap() : found;
  }

  private boolean matches(OutboxQuery query, OutboxEntry entry) {
    return query.matches(entry, statusOf(entry));
  }
}
