package br.gov.es.prodest.npi007.delivery.whatsapp;

import br.gov.es.prodest.npi007.delivery.Delivery;
import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import java.util.Objects;
import java.util.Optional;

/** What every WhatsApp provider requires of a text message. */
final class WhatsAppText {

  /** WhatsApp's limit on a text message's body. */
  static final int MAX_CHARACTERS = 4096;

  private WhatsAppText() {
  }

  /** A permanent refusal when the message cannot be sent as it is; empty when it can. */
  static Optional<DeliveryResult> refusal(Delivery delivery) {
    Objects.requireNonNull(delivery, "delivery");
    Objects.requireNonNull(delivery.recipient(), "recipient");
    Objects.requireNonNull(delivery.text(), "text");
    int length = delivery.text().codePointCount(0, delivery.text().length());
    if (length > MAX_CHARACTERS) {
      return Optional.of(new DeliveryResult.Refused("o texto tem " + length
          + " caracteres e o WhatsApp aceita no máximo " + MAX_CHARACTERS + "; a mensagem não foi enviada",
          false, null));
    }
    return Optional.empty();
  }
}
