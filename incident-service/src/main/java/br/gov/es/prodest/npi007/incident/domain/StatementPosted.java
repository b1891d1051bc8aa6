package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import java.util.Objects;

/** Management posted a statement in the group. */
public record StatementPosted(
    Envelope envelope,
    StatementKind kind,
    String text) implements IncidentEvent {

  public StatementPosted {
    Objects.requireNonNull(envelope, "envelope");
  }
}
