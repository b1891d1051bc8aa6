package br.gov.es.prodest.npi007.notification.message.domain;

/** A message of the norm that an event calls for, with the facts that fill its blanks. */
public record DueMessage(MessageTemplate message, MessageFacts facts) {
}
