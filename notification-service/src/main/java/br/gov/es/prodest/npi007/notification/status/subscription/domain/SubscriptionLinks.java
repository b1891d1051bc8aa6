package br.gov.es.prodest.npi007.notification.status.subscription.domain;

import br.gov.es.prodest.npi007.notification.status.subscription.domain.SubscriptionToken.Purpose;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The public confirm and unsubscribe links, served by the gateway under {@code publicUrl}. */
public record SubscriptionLinks(String publicUrl, String secret) {

  public SubscriptionLinks {
    publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  public String confirm(String subscriptionId) {
    return link(subscriptionId, Purpose.CONFIRM);
  }

  public String unsubscribe(String subscriptionId) {
    return link(subscriptionId, Purpose.UNSUBSCRIBE);
  }

  private String link(String subscriptionId, Purpose purpose) {
    String id = URLEncoder.encode(subscriptionId, StandardCharsets.UTF_8);
    return publicUrl + "/status/subscriptions/" + id + "/" + purpose.word() + "?token="
        + SubscriptionToken.of(secret, purpose, subscriptionId);
  }
}
