package br.gov.es.prodest.npi007.notification.message.domain;

/** A message that cannot be rendered from the facts at hand; the reason is in Portuguese. */
public class RenderingException extends RuntimeException {

  public RenderingException(MessageTemplate message, String reason) {
    super("mensagem " + message.id() + " não pôde ser gerada: " + reason);
  }
}
