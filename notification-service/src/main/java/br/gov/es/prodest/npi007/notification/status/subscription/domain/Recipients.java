package br.gov.es.prodest.npi007.notification.status.subscription.domain;

import java.util.Collection;
import java.util.List;

/** Who receives a public update: the confirmed subscribers of its component, or of every component. */
public final class Recipients {

  private Recipients() {
  }

  public static List<Subscription> of(PublishedUpdate update, Collection<Subscription> subscriptions) {
    return subscriptions.stream().filter(subscription -> subscription.receives(update.componentSlug())).toList();
  }
}
