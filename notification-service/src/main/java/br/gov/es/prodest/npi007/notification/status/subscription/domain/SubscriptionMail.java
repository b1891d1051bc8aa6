package br.gov.es.prodest.npi007.notification.status.subscription.domain;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One mail to one subscriber, in Portuguese. {@code mailId} names what it carries ({@code confirm} or
 * the update's id): with the subscription's id it is the ledger's key, and it makes the
 * {@code deliveryId} (also the Message-ID and the .eml file's name) the same at every attempt.
 */
public record SubscriptionMail(String subscriptionId, String mailId, String to, String subject, String text,
    Map<String, String> headers) {

  /** The ledger's mail id of the confirmation mail. */
  public static final String CONFIRMATION = "confirm";

  /** The double opt-in: the link that confirms the subscription. */
  public static SubscriptionMail confirmation(Subscription subscription, SubscriptionLinks links) {
    String text = """
        Recebemos um pedido para enviar a este endereço as atualizações da página de situação dos serviços do PRODEST.

        Para confirmar a assinatura, acesse:
        %s

        Se você não fez este pedido, ignore esta mensagem: nenhuma atualização será enviada sem a confirmação.
        """.formatted(links.confirm(subscription.id()));
    return new SubscriptionMail(subscription.id(), CONFIRMATION, subscription.email(),
        "Confirme sua assinatura da página de situação do PRODEST", withUnsubscribe(text, subscription, links),
        unsubscribeHeaders(subscription, links));
  }

  /** A public update: subject = its title and the component's name, text = its text. */
  public static SubscriptionMail update(Subscription subscription, PublishedUpdate update, SubscriptionLinks links) {
    String subject = (update.title() == null || update.title().isBlank() ? "Atualização" : update.title()) + " – "
        + update.componentName();
    return new SubscriptionMail(subscription.id(), update.id(), subscription.email(), subject,
        withUnsubscribe(update.text() + "\n", subscription, links), unsubscribeHeaders(subscription, links));
  }

  /** Deterministic: a retried or replayed mail keeps its Message-ID (and .eml file name). */
  public String deliveryId() {
    return "status-" + UUID.nameUUIDFromBytes((subscriptionId + "/" + mailId).getBytes(StandardCharsets.UTF_8));
  }

  private static String withUnsubscribe(String text, Subscription subscription, SubscriptionLinks links) {
    return text + "\n--\nPara cancelar a assinatura: " + links.unsubscribe(subscription.id()) + "\n";
  }

  // RFC 2369 and RFC 8058: mail clients offer a one-click unsubscribe that POSTs to the link
  private static Map<String, String> unsubscribeHeaders(Subscription subscription, SubscriptionLinks links) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("List-Unsubscribe", "<" + links.unsubscribe(subscription.id()) + ">");
    headers.put("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    return headers;
  }
}
