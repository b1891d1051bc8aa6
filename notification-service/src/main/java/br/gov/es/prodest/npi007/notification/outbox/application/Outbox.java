package br.gov.es.prodest.npi007.notification.outbox.application;

import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageRendered;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationStatus;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ASCOM's outbox: which messages were rendered, and where each stands. Rebuilt from the
 * notifications topic at every start; idempotent by notification id and sequence, so an event read
 * twice is applied once. Safe for one writer and many readers at once.
 */
public final class Outbox {

  /** Rendering order: the causing events' time, which a rebuild reproduces, then the norm's order. */
  private static final Comparator<OutboxEntry> RENDERING_ORDER = Comparator
      .comparing(OutboxEntry::renderedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
      .thenComparing(OutboxEntry::type)
      .thenComparing(OutboxEntry::id);

  private final Map<String, OutboxEntry> entries = new ConcurrentHashMap<>();
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
    return applied[0];
  }

  public Optional<OutboxEntry> byId(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /** The entries the query matches, in rendering order. */
  public List<OutboxEntry> matching(OutboxQuery query) {
    OutboxQuery withoutStatus = new OutboxQuery(query.incidentId(), query.maintenanceId(), null, query.type());
    return entries.values().stream().filter(withoutStatus::matches)
        .filter(entry -> query.status() == null || query.status() == statusOf(entry))
        .sorted(RENDERING_ORDER).toList();
  }
}
