package br.gov.es.prodest.npi007.notification.status.subscription.adapter.mail;

import br.gov.es.prodest.npi007.delivery.Delivery;
import br.gov.es.prodest.npi007.delivery.DeliveryAdapter;
import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import br.gov.es.prodest.npi007.notification.status.subscription.application.MailSender;
import br.gov.es.prodest.npi007.notification.status.subscription.domain.SubscriptionMail;

/**
 * The subscribers' mails through the service's e-mail provider (SMTP when {@code SPRING_MAIL_HOST}
 * is set, else .eml files): the same adapter, Message-ID and outcome rules as every other e-mail.
 */
public final class DeliveryMailSender implements MailSender {

  private final DeliveryAdapter email;

  public DeliveryMailSender(DeliveryAdapter email) {
    this.email = email;
  }

  @Override
  public Outcome send(SubscriptionMail mail) {
    DeliveryResult result = email.deliver(new Delivery(mail.deliveryId(), mail.mailId(), 1, mail.to(), mail.subject(),
        mail.text(), null, mail.headers()));
    // an uncertain answer is never repeated (the mail may have arrived); a definite refusal only when it may help
    return result instanceof DeliveryResult.Refused refused && refused.retryable() ? Outcome.RETRY : Outcome.DONE;
  }
}
