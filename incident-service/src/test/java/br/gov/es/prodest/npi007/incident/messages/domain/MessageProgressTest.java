package br.gov.es.prodest.npi007.incident.messages.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.incident.messages.domain.MessageFact.Approved;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageFact.Attempt;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageFact.Delivered;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageFact.PostedManually;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageFact.Rendered;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Given a message's facts, in whatever order they arrive, then its outbox status. */
class MessageProgressTest {

  private static final Instant TEN_AM = Instant.parse("2025-03-10T13:00:00Z");
  private static final Rendered RENDERED_FOR_REVIEW = new Rendered("6.1", "inc-1", null, TEN_AM, true);

  @Test
  void rendered_for_review_is_pending_and_without_review_is_approved() {
    assertThat(given(RENDERED_FOR_REVIEW).status()).isEqualTo(OutboxStatus.PENDING_REVIEW);
    assertThat(given(new Rendered("6.3", "inc-1", null, TEN_AM, false)).status()).isEqualTo(OutboxStatus.APPROVED);
    assertThat(given(RENDERED_FOR_REVIEW, new Approved()).status()).isEqualTo(OutboxStatus.APPROVED);
  }

  @Test
  void each_attempt_moves_the_status_and_the_latest_attempt_wins() {
    assertThat(given(RENDERED_FOR_REVIEW, new Approved(), attempt(1, DeliveryStatus.SENT)).status())
        .isEqualTo(OutboxStatus.SENT);
    assertThat(given(RENDERED_FOR_REVIEW, attempt(1, DeliveryStatus.SENT), attempt(1, DeliveryStatus.FAILED)).status())
        .isEqualTo(OutboxStatus.FAILED);
    assertThat(given(RENDERED_FOR_REVIEW, attempt(1, DeliveryStatus.FAILED), attempt(2, DeliveryStatus.SENT)).status())
        .isEqualTo(OutboxStatus.SENT);
    assertThat(given(RENDERED_FOR_REVIEW, attempt(1, DeliveryStatus.SENT), attempt(1, DeliveryStatus.DEAD)).status())
        .isEqualTo(OutboxStatus.DEAD);
  }

  @Test
  void delivered_reaches_the_group_at_its_time_whatever_the_order_of_arrival() {
    List<MessageFact> facts = new ArrayList<>(List.of(RENDERED_FOR_REVIEW, new Approved(),
        attempt(1, DeliveryStatus.SENT), attempt(1, DeliveryStatus.FAILED), attempt(2, DeliveryStatus.SENT),
        attempt(2, DeliveryStatus.DELIVERED), new Delivered(TEN_AM.plusSeconds(40), false)));
    Collections.reverse(facts);

    MessageProgress progress = given(facts.toArray(MessageFact[]::new));

    assertThat(progress.status()).isEqualTo(OutboxStatus.DELIVERED);
    assertThat(progress.reachedAt()).isEqualTo(TEN_AM.plusSeconds(40));
    assertThat(progress.messageId()).isEqualTo("6.1");
    assertThat(progress.targets().get("d-1").attempt()).isEqualTo(2);
  }

  @Test
  void posted_by_hand_wins_over_every_other_status() {
    MessageProgress progress = given(RENDERED_FOR_REVIEW, attempt(1, DeliveryStatus.DEAD),
        new PostedManually(TEN_AM.plusSeconds(90)));

    assertThat(progress.status()).isEqualTo(OutboxStatus.POSTED_MANUALLY);
    assertThat(progress.status().reached()).isTrue();
    assertThat(progress.reachedAt()).isEqualTo(TEN_AM.plusSeconds(90));
  }

  private static Attempt attempt(int number, DeliveryStatus state) {
    return new Attempt("d-1", number, state);
  }

  private static MessageProgress given(MessageFact... facts) {
    MessageProgress progress = MessageProgress.of("n-1");
    for (MessageFact fact : facts) {
      progress = progress.after(fact);
    }
    return progress;
  }
}
