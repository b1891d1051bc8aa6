package br.gov.es.prodest.npi007.notification.status.application;

import br.gov.es.prodest.npi007.processing.EventHistory;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The index entries one subject is listed under, kept beside it: listing it again removes the
 * entries it no longer has (a rescheduled window, a restored incident) and adds the new ones, in the
 * caller's write.
 */
final class Listing {

  private Listing() {
  }

  /** Lists the subject under exactly {@code wanted} (key → value); true when its keys changed. */
  static boolean relist(ProjectionWrite write, byte[] listedKey, Map<byte[], byte[]> wanted) {
    List<byte[]> before = EventHistory.read(write.get(listedKey));
    Set<ByteBuffer> now = new HashSet<>();
    wanted.keySet().forEach(key -> now.add(ByteBuffer.wrap(key)));
    Set<ByteBuffer> previous = new HashSet<>();
    before.forEach(key -> previous.add(ByteBuffer.wrap(key)));
    if (now.equals(previous)) {
      return false;
    }
    for (byte[] key : before) {
      if (!now.contains(ByteBuffer.wrap(key))) {
        write.delete(key);
      }
    }
    wanted.forEach(write::put);
    if (wanted.isEmpty()) {
      write.delete(listedKey);
    } else {
      write.put(listedKey, EventHistory.append(null, new ArrayList<>(wanted.keySet())));
    }
    return true;
  }
}
