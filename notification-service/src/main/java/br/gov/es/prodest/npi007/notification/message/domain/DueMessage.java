package br.gov.es.prodest.npi007.notification.message.domain;

/**
 * A message of the norm that an event calls for, with the facts that fill its blanks and the organs
 * that receive it by e-mail (when it goes by e-mail).
 */
public record DueMessage(MessageTemplate message, MessageFacts facts, Audience audience) {

  /** A message for every organ. */
  public DueMessage(MessageTemplate message, MessageFacts facts) {
    this(message, facts, Audience.everyOrgan());
  }
}
