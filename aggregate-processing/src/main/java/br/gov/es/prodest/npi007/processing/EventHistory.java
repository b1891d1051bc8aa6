package br.gov.es.prodest.npi007.processing;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The value an aggregate has in its processor's store: its own events, oldest first, each in Avro
 * single-object encoding behind a 4-byte length. Only events are stored, so the state is always
 * derived from them by the domain's evolve, and no snapshot schema has to evolve.
 */
public final class EventHistory {

  private EventHistory() {
  }

  /** The stored events, oldest first; none for an aggregate that does not exist yet (null). */
  public static List<byte[]> read(byte[] stored) {
    List<byte[]> events = new ArrayList<>();
    if (stored == null) {
      return events;
    }
    ByteBuffer buffer = ByteBuffer.wrap(stored);
    while (buffer.hasRemaining()) {
      byte[] event = new byte[buffer.getInt()];
      buffer.get(event);
      events.add(event);
    }
    return events;
  }

  /** The stored value with the new events after the old ones. */
  public static byte[] append(byte[] stored, List<byte[]> newEvents) {
    byte[] previous = stored == null ? new byte[0] : stored;
    int size = previous.length + newEvents.stream().mapToInt(event -> Integer.BYTES + event.length).sum();
    ByteBuffer buffer = ByteBuffer.allocate(size).put(previous);
    newEvents.forEach(event -> buffer.putInt(event.length).put(event));
    return buffer.array();
  }
}
