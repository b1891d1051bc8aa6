package br.gov.es.prodest.npi007.aggregate;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids derived from what caused them (CONTRACTS.md, "Ids"), never random: a retried command, a
 * replayed event or a timer fired again yields the same id, so nothing is written twice.
 */
public final class EventIds {

  private EventIds() {
  }

  /** The id of the event at {@code sequence} caused by the command {@code commandId}. */
  public static String causedBy(String commandId, long sequence) {
    return named(commandId, String.valueOf(sequence));
  }

  /** A name-based (version 3) UUID of the parts joined by "/", e.g. {@code named("delivered", eventId)}. */
  public static String named(String... parts) {
    return UUID.nameUUIDFromBytes(String.join("/", parts).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
