package br.gov.es.prodest.npi007.notification.tracking.application;

import br.gov.es.prodest.npi007.projection.StoreKey;
import java.nio.ByteBuffer;
import java.time.Instant;

/**
 * The outbox's keys in its store. Per notification: its records ({@code notification}), its
 * delivery records ({@code deliveries}) and the status it is listed under ({@code listed-status}).
 * Its lists, each a key range in rendering order: see {@link OutboxList}; per status, how many
 * entries its list holds ({@code status-count}, an 8-byte count).
 */
final class OutboxKeys {

  /** Names the shape of the keys and values below; change it whenever they change. */
  static final String LAYOUT = "outbox/2";

  private OutboxKeys() {
  }

  static byte[] notification(String id) {
    return StoreKey.of("notification").text(id).bytes();
  }

  static byte[] deliveries(String id) {
    return StoreKey.of("deliveries").text(id).bytes();
  }

  static byte[] listedStatus(String id) {
    return StoreKey.of("listed-status").text(id).bytes();
  }

  /** How many entries are listed under the status (outbox/2: an earlier store is rebuilt to count them). */
  static byte[] statusCount(String status) {
    return StoreKey.of("status-count").text(status).bytes();
  }

  static long count(byte[] stored) {
    return stored == null ? 0 : ByteBuffer.wrap(stored).getLong();
  }

  static byte[] count(long count) {
    return ByteBuffer.allocate(Long.BYTES).putLong(count).array();
  }

  /**
   * One list of the outbox: every entry ({@code rendering-order}), an incident's, a maintenance's,
   * or a status's (the {@code PENDING_REVIEW} range is ASCOM's review list). An entry's value is the
   * notification id. A range walked backward is the same list newest first: no key of its own.
   */
  record OutboxList(String space, String subject) {

    static final OutboxList ALL = new OutboxList("rendering-order", null);
    /** Where an entry with no rendering time would sort (none has one: the envelope's time is required). */
    private static final Instant NO_TIME = Instant.MIN;

    static OutboxList byIncident(String incidentId) {
      return new OutboxList("by-incident", incidentId);
    }

    static OutboxList byMaintenance(String maintenanceId) {
      return new OutboxList("by-maintenance", maintenanceId);
    }

    static OutboxList byStatus(String status) {
      return new OutboxList("by-status", status);
    }

    byte[] prefix() {
      return start().bytes();
    }

    /** The key of a position in this list; its byte order is {@link RenderingPosition#RENDERING_ORDER}. */
    byte[] at(RenderingPosition position) {
      return start().earliestFirst(position.renderedAt() == null ? NO_TIME : position.renderedAt())
          .text(position.type()).text(position.id()).bytes();
    }

    private StoreKey start() {
      StoreKey key = StoreKey.of(space);
      return subject == null ? key : key.text(subject);
    }
  }
}
