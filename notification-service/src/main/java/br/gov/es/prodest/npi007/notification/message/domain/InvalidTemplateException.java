package br.gov.es.prodest.npi007.notification.message.domain;

/** A template file that cannot render its message; the reason is in Portuguese, for ASCOM. */
public class InvalidTemplateException extends RuntimeException {

  public InvalidTemplateException(MessageTemplate message, String reason) {
    super("modelo da mensagem " + message.id() + " inválido: " + reason);
  }
}
