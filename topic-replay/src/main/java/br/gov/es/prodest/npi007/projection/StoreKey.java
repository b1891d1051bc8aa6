package br.gov.es.prodest.npi007.projection;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Builds the ordered byte keys of a {@link ProjectionStore}: a key space (e.g. {@code "incidents"}
 * or an index such as {@code "incidents-by-status"}) followed by segments whose byte order is their
 * natural order, so that a list is a walk of one key range:
 * <pre>
 * StoreKey.of("incidents-by-status").text("RESTORED").newestFirst(reportedAt).text(id).bytes()
 * </pre>
 * Texts end with a zero byte, so "SES" sorts before "SESA" and a text prefix never matches a longer
 * text; instants are fixed-width, earliest first or newest first.
 */
public final class StoreKey {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);

  private StoreKey() {
  }

  /** A key in a key space; a space is a non-empty text. */
  public static StoreKey of(String space) {
    if (space.isEmpty()) {
      throw new IllegalArgumentException("key space must not be empty");
    }
    return new StoreKey().text(space);
  }

  /**
   * A text segment: its UTF-8 bytes, then a zero byte. Any text is taken, since texts come from
   * users (a component, an incident id): bytes 0 and 1 inside it are escaped as 1 1 and 1 2, so the
   * zero byte only ever ends a segment and two different texts never make one key. Texts without
   * those two control characters keep their plain bytes and order.
   */
  public StoreKey text(String text) {
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      if (b == 0 || b == 1) {
        bytes.write(1);
        bytes.write(b + 1);
      } else {
        bytes.write(b);
      }
    }
    bytes.write(0);
    return this;
  }

  /** An instant segment, earlier instants first. */
  public StoreKey earliestFirst(Instant instant) {
    bytes.writeBytes(ByteBuffer.allocate(Long.BYTES + Integer.BYTES)
        .putLong(instant.getEpochSecond() ^ Long.MIN_VALUE).putInt(instant.getNano()).array());
    return this;
  }

  /** An instant segment, later instants first. */
  public StoreKey newestFirst(Instant instant) {
    bytes.writeBytes(ByteBuffer.allocate(Long.BYTES + Integer.BYTES)
        .putLong(~(instant.getEpochSecond() ^ Long.MIN_VALUE)).putInt(~instant.getNano()).array());
    return this;
  }

  /** A number segment, smaller numbers first. */
  public StoreKey number(long number) {
    bytes.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(number ^ Long.MIN_VALUE).array());
    return this;
  }

  /** The key (or, when more segments would follow, the prefix of every key that continues it). */
  public byte[] bytes() {
    return bytes.toByteArray();
  }

  /** A read model's key, which must not be empty nor start with the store's reserved zero byte. */
  static byte[] checked(byte[] key) {
    if (key.length == 0 || key[0] == 0) {
      throw new IllegalArgumentException("a read model's key must not be empty nor start with byte 0");
    }
    return key;
  }
}
