package br.gov.es.prodest.npi007.notification.message.domain;

/** Where the current template of each message comes from. */
public interface Templates {

  /** The template as it is now; a message rendered from it records its version. */
  Template current(MessageTemplate message);
}
