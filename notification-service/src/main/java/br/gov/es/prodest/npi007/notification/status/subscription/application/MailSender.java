package br.gov.es.prodest.npi007.notification.status.subscription.application;

import br.gov.es.prodest.npi007.notification.status.subscription.domain.SubscriptionMail;

/** Hands one mail to the service's e-mail provider (SMTP, or .eml files). */
public interface MailSender {

  /** What came of one attempt. */
  enum Outcome {
    /** Taken, or certainly never to be repeated (refused for good, or maybe delivered): into the ledger. */
    DONE,
    /** Certainly not taken, and a later attempt may succeed: left for the next round. */
    RETRY
  }

  Outcome send(SubscriptionMail mail);
}
