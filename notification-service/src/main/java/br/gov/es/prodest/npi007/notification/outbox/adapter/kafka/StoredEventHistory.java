package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The value a notification has in the aggregate processor's store: its own events, oldest first, each
 * in Avro single-object encoding behind a 4-byte length. Only events are stored, so the state is
 * always derived from them and no snapshot schema has to evolve.
 */
final class StoredEventHistory {

  private StoredEventHistory() {
  }

  static List<byte[]> read(byte[] stored) {
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

  static byte[] append(byte[] stored, List<byte[]> newEvents) {
    byte[] previous = stored == null ? new byte[0] : stored;
    int size = previous.length + newEvents.stream().mapToInt(event -> Integer.BYTES + event.length).sum();
    ByteBuffer buffer = ByteBuffer.allocate(size).put(previous);
    newEvents.forEach(event -> buffer.putInt(event.length).put(event));
    return buffer.array();
  }
}
