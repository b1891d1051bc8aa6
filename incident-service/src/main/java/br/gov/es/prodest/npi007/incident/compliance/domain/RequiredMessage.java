package br.gov.es.prodest.npi007.incident.compliance.domain;

import br.gov.es.prodest.npi007.schemas.norm.NormMessage;
import java.util.Objects;

/**
 * A message the norm requires of an incident.
 *
 * @param messageId 6.1 … 6.6
 * @param why       what called for it, with the norm's section, in Portuguese
 */
public record RequiredMessage(String messageId, String why) {

  public RequiredMessage {
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(why, "why");
  }

  RequiredMessage(NormMessage message, String why) {
    this(message.id(), why);
  }
}
