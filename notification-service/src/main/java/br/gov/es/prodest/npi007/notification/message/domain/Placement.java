package br.gov.es.prodest.npi007.notification.message.domain;

import br.gov.es.prodest.npi007.aggregate.EventIds;
import java.util.function.BiPredicate;

/**
 * How a notification is named so that it lives where its subject (the incident or maintenance whose
 * event caused it) lives. Where things live is the infrastructure's business: it says whether an id
 * lives with a subject, and the domain picks the first candidate id that does. The name derives only
 * from the causing event, the message and the candidate number, so a retry or a replay names the
 * same notification.
 */
public final class Placement {

  /** The naming of the earlier version: the causing event and the message alone, wherever that lands. */
  public static final Placement NONE = new Placement(null);

  /** With 6 homes, (5/6)^1000 that no candidate fits: never in practice; a bound, so a broken rule fails loudly. */
  private static final int MAX_CANDIDATES = 1000;

  private final BiPredicate<String, String> withSubject;

  private Placement(BiPredicate<String, String> withSubject) {
    this.withSubject = withSubject;
  }

  /** @param withSubject true when a notification of that id lives where the subject of that id does */
  public static Placement by(BiPredicate<String, String> withSubject) {
    return new Placement(java.util.Objects.requireNonNull(withSubject, "withSubject"));
  }

  /**
   * The id of a notification named {@code seed} about {@code subjectId}: the first of {@code seed/0},
   * {@code seed/1}, … (name-based UUIDs) that lives with the subject; under {@link #NONE}, {@code seed}'s own.
   */
  public String idOf(String seed, String subjectId) {
    if (withSubject == null) {
      return EventIds.named(seed);
    }
    for (int candidate = 0; candidate < MAX_CANDIDATES; candidate++) {
      String id = EventIds.named(seed + "/" + candidate);
      if (withSubject.test(id, subjectId)) {
        return id;
      }
    }
    throw new IllegalStateException("nenhum id de notificação junto de " + subjectId + " a partir de " + seed);
  }
}
