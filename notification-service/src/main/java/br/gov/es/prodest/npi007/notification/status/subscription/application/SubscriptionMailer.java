package br.gov.es.prodest.npi007.notification.status.subscription.application;

import br.gov.es.prodest.npi007.notification.status.application.PublicStatus;
import br.gov.es.prodest.npi007.notification.status.application.StatusViews.StatusUpdate;
import br.gov.es.prodest.npi007.notification.status.subscription.domain.PublishedUpdate;
import br.gov.es.prodest.npi007.notification.status.subscription.domain.Recipients;
import br.gov.es.prodest.npi007.notification.status.subscription.domain.Subscription;
import br.gov.es.prodest.npi007.notification.status.subscription.domain.SubscriptionLinks;
import br.gov.es.prodest.npi007.notification.status.subscription.domain.SubscriptionMail;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import br.gov.es.prodest.npi007.paging.TimedPosition;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One round of the subscribers' mails: the confirmation of every PENDING subscription not yet mailed,
 * then every public update newer than the mailer's position to its confirmed subscribers. The ledger
 * (subscription id + mail id) is written after the provider's answer, so a replay or a restart sends
 * nothing twice; a crash between the SMTP answer and the ledger write may send that one mail twice.
 */
public final class SubscriptionMailer {

  private final StatusSubscriptions subscriptions;
  private final PublicStatus status;
  private final MailSender sender;
  private final SubscriptionLinks links;

  public SubscriptionMailer(StatusSubscriptions subscriptions, PublicStatus status, MailSender sender,
      SubscriptionLinks links) {
    this.subscriptions = subscriptions;
    this.status = status;
    this.sender = sender;
    this.links = links;
  }

  /**
   * One round at {@code now}. The very first round only sets the position to {@code now}: subscribers
   * receive what is published from the mailer's first start on, not the page's history.
   */
  public void runOnce(Instant now) {
    if (subscriptions.position().isEmpty()) {
      subscriptions.advance(new TimedPosition(now, ""));
    }
    List<Subscription> all = subscriptions.all();
    all.stream().filter(subscription -> subscription.state() == Subscription.State.PENDING)
        .forEach(subscription -> send(SubscriptionMail.confirmation(subscription, links)));
    for (StatusUpdate update : newUpdates()) {
      PublishedUpdate published = new PublishedUpdate(update.id(), update.component().slug(),
          update.component().name(), update.title(), update.text(), update.publishedAt());
      boolean complete = true;
      for (Subscription subscriber : Recipients.of(published, all)) {
        complete &= send(SubscriptionMail.update(subscriber, published, links));
      }
      if (!complete) {
        return; // a provider not reachable now: this update is tried again next round, the ledger skips the sent
      }
      subscriptions.advance(at(update));
    }
  }

  /** True when the mail is in the ledger (sent now or before). */
  private boolean send(SubscriptionMail mail) {
    if (subscriptions.wasSent(mail.subscriptionId(), mail.mailId())) {
      return true;
    }
    if (sender.send(mail) == MailSender.Outcome.RETRY) {
      return false;
    }
    subscriptions.markSent(mail.subscriptionId(), mail.mailId());
    return true;
  }

  /** The feed's entries after the position, oldest first. */
  private List<StatusUpdate> newUpdates() {
    TimedPosition position = subscriptions.position().orElseThrow();
    List<StatusUpdate> newer = new ArrayList<>();
    String cursor = null;
    do {
      Page<StatusUpdate> page = status.updates(null, new PageRequest(PageRequest.MAX_LIMIT, cursor));
      for (StatusUpdate update : page.items()) {
        if (TimedPosition.EARLIEST_FIRST.compare(at(update), position) <= 0) {
          return oldestFirst(newer);
        }
        newer.add(update);
      }
      cursor = page.nextCursor();
    } while (cursor != null);
    return oldestFirst(newer);
  }

  private static TimedPosition at(StatusUpdate update) {
    return new TimedPosition(update.publishedAt(), update.id());
  }

  private static List<StatusUpdate> oldestFirst(List<StatusUpdate> newestFirst) {
    Collections.reverse(newestFirst);
    return newestFirst;
  }
}
