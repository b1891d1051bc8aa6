package br.gov.es.prodest.npi007.notification.status.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.status.subscription.domain.Subscription.State;
import br.gov.es.prodest.npi007.notification.status.subscription.domain.SubscriptionToken.Purpose;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionMailTest {

  static final Instant REQUESTED = Instant.parse("2026-12-04T12:00:00Z");
  static final String SECRET = "segredo-de-teste";
  static final SubscriptionLinks LINKS = new SubscriptionLinks("https://status.es.gov.br/", SECRET);
  static final Subscription EVERYTHING = new Subscription("sub-all", "ana@example.org", List.of(), State.CONFIRMED,
      REQUESTED);
  static final Subscription PORTAL = new Subscription("sub-portal", "bia@example.org", List.of("portal"),
      State.CONFIRMED, REQUESTED);
  static final Subscription PROTOCOLO = new Subscription("sub-protocolo", "caio@example.org", List.of("protocolo"),
      State.CONFIRMED, REQUESTED);
  static final Subscription PENDING = new Subscription("sub-pending", "davi@example.org", List.of(), State.PENDING,
      REQUESTED);
  static final PublishedUpdate PORTAL_DOWN = new PublishedUpdate("n-1", "portal", "Portal do Servidor",
      "Aviso de Indisponibilidade", "O Portal do Servidor está indisponível.", REQUESTED.plusSeconds(60));

  @Test
  void anUpdateGoesToTheConfirmedSubscribersOfItsComponentOrOfAll() {
    assertThat(Recipients.of(PORTAL_DOWN, List.of(EVERYTHING, PORTAL, PROTOCOLO, PENDING)))
        .containsExactly(EVERYTHING, PORTAL);
  }

  @Test
  void theUpdatesMailHasTheTitleAndComponent_theText_andTheUnsubscribeLinkInTextAndHeaders() {
    SubscriptionMail mail = SubscriptionMail.update(PORTAL, PORTAL_DOWN, LINKS);
    String unsubscribe = "https://status.es.gov.br/status/subscriptions/sub-portal/unsubscribe?token="
        + SubscriptionToken.of(SECRET, Purpose.UNSUBSCRIBE, "sub-portal");
    assertThat(mail.to()).isEqualTo("bia@example.org");
    assertThat(mail.subject()).isEqualTo("Aviso de Indisponibilidade – Portal do Servidor");
    assertThat(mail.text()).startsWith("O Portal do Servidor está indisponível.\n")
        .contains("Para cancelar a assinatura: " + unsubscribe);
    assertThat(mail.headers()).containsEntry("List-Unsubscribe", "<" + unsubscribe + ">")
        .containsEntry("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    assertThat(mail.mailId()).isEqualTo("n-1");
  }

  @Test
  void theConfirmationMailLinksToTheConfirmPage() {
    SubscriptionMail mail = SubscriptionMail.confirmation(PENDING, LINKS);
    assertThat(mail.mailId()).isEqualTo(SubscriptionMail.CONFIRMATION);
    assertThat(mail.text()).contains("https://status.es.gov.br/status/subscriptions/sub-pending/confirm?token="
        + SubscriptionToken.of(SECRET, Purpose.CONFIRM, "sub-pending"));
    assertThat(mail.headers()).containsKeys("List-Unsubscribe", "List-Unsubscribe-Post");
  }

  @Test
  void aMailKeepsItsDeliveryIdAcrossRounds_andEachMailHasItsOwn() {
    assertThat(SubscriptionMail.update(PORTAL, PORTAL_DOWN, LINKS).deliveryId())
        .isEqualTo(SubscriptionMail.update(PORTAL, PORTAL_DOWN, LINKS).deliveryId())
        .isNotEqualTo(SubscriptionMail.update(EVERYTHING, PORTAL_DOWN, LINKS).deliveryId())
        .isNotEqualTo(SubscriptionMail.confirmation(PORTAL, LINKS).deliveryId())
        .matches("status-[0-9a-f-]{36}");
  }
}
