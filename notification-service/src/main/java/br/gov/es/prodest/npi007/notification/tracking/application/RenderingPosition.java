package br.gov.es.prodest.npi007.notification.tracking.application;

import br.gov.es.prodest.npi007.paging.PageCursor;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Where a message stands in the outbox's rendering order: the causing event's time, which a rebuild
 * reproduces, then the norm's order, then its id. The key the outbox's lists are sorted and paged by.
 */
record RenderingPosition(Instant renderedAt, String type, String id) {

  static final Comparator<RenderingPosition> RENDERING_ORDER = Comparator
      .comparing(RenderingPosition::renderedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
      .thenComparing(RenderingPosition::type)
      .thenComparing(RenderingPosition::id);

  static RenderingPosition of(OutboxEntry entry) {
    return new RenderingPosition(entry.renderedAt(), entry.type(), entry.id());
  }

  /** The cursor of this position in a list walked in {@code order}. */
  String cursor(OutboxOrder order) {
    return PageCursor.encode(order.cursorList, List.of(renderedAt == null ? "" : renderedAt.toString(), type, id));
  }

  /** The position a cursor of a list walked in {@code order} names; one of the other order is refused. */
  static RenderingPosition fromCursor(OutboxOrder order, String cursor) {
    List<String> key = PageCursor.decode(order.cursorList, cursor, 3);
    Instant renderedAt = key.get(0).isEmpty() ? null : PageCursor.parse(key.get(0), Instant::parse);
    return new RenderingPosition(renderedAt, key.get(1), key.get(2));
  }
}
