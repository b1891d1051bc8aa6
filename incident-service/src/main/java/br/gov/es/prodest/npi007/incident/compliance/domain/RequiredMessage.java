package br.gov.es.prodest.npi007.incident.compliance.domain;

import br.gov.es.prodest.npi007.schemas.norm.NormMessage;
import java.time.Instant;
import java.util.Objects;

/**
 * A message the norm requires of an incident.
 *
 * @param messageId 6.1 … 6.6
 * @param why       what called for it, with the norm's section, in Portuguese
 * @param dueAt     when it must have reached the group ({@link ComplianceDeadlines})
 */
public record RequiredMessage(String messageId, String why, Instant dueAt) {

  public RequiredMessage {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(why, "why");
    Objects.requireNonNull(dueAt, "dueAt");
  }

  RequiredMessage(NormMessage message, String why, Instant dueAt) {
    this(message.id(), why, dueAt);
  }
}
