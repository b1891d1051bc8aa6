package br.gov.es.prodest.npi007.processing;

import java.nio.charset.StandardCharsets;

/**
 * A record on its way inside a topology: which lane it takes next, and its bytes. Never written as
 * such: each lane is filtered out ({@link Lanes}) and written as plain bytes.
 */
public record Routed(Lane lane, byte[] value) {

  /** A record key: the aggregate id's (or routing key's) UTF-8 bytes. */
  public static byte[] key(String id) {
    return id.getBytes(StandardCharsets.UTF_8);
  }

  /** Where a record goes next; a service may add lanes of its own (an enum implementing this). */
  public interface Lane {
  }

  /** The lanes every aggregate's topology has. */
  public enum Standard implements Lane {
    /** To the aggregate's command processor through a repartition topic keyed by aggregate id. */
    BY_AGGREGATE,
    /** To the command processor of this very task: the record is already on its aggregate's partition. */
    HERE,
    /** An event, for the aggregate's event topic. */
    EVENTS,
    /** The answer to a command, for the command-results topic. */
    RESULTS,
    /** The original bytes, for the service's dead-letter topic; the headers say why. */
    DEAD_LETTERS
  }
}
