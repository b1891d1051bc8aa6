package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.util.Objects;

/**
 * Management posted a statement in the group.
 *
 * @param office who spoke (issue 15), or null when not said
 * @param unit   the code of the unit the speaker spoke for, or null when not said
 */
public record StatementPosted(
    Envelope envelope,
    StatementKind kind,
    String text,
    SpeakerOffice office,
    String unit) implements IncidentEvent {

  public StatementPosted {
    Objects.requireNonNull(envelope, "envelope");
  }

  /** A statement that does not say who spoke. */
  public StatementPosted(Envelope envelope, StatementKind kind, String text) {
    this(envelope, kind, text, null, null);
  }
}
