package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.aggregate.CommandRejected.Kind;
import org.junit.jupiter.api.Test;
import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.approvedBy;
import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.envelope;
import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.given;
import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.markPosted;
import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.pendingReview;
import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.postedBy;
import static org.assertj.core.api.Assertions.assertThat;

class MarkMessagePostedTest {

  @Test
  void aMessagePendingReviewPostedByHandIsPostedManually() {
    Scenario scenario = given(pendingReview()).when(markPosted("c-1", "  no grupo TI ES às 2h45 "));

    assertThat(scenario.thenEvents()).containsExactly(new MessagePostedManually(envelope("c-1", 2),
        "no grupo TI ES às 2h45"));
    assertThat(scenario.thenState().status()).isEqualTo(NotificationStatus.POSTED_MANUALLY);
  }

  @Test
  void anApprovedMessageNotYetDeliveredMayBePostedByHand() {
    Scenario scenario = given(pendingReview(), approvedBy("c-1", 2)).when(markPosted("c-2", " "));

    assertThat(scenario.thenEvents()).containsExactly(new MessagePostedManually(envelope("c-2", 3), null));
    assertThat(scenario.thenState().status()).isEqualTo(NotificationStatus.POSTED_MANUALLY);
  }

  @Test
  void aMessagePostedOnceIsNotPostedAgain() {
    given(pendingReview(), postedBy("c-1", 2, null)).when(markPosted("c-2", null))
        .thenRejected(Kind.CONFLICT, "ALREADY_POSTED");
  }

  @Test
  void anUnknownNotificationIsNotFound() {
    given().when(markPosted("c-1", null)).thenRejected(Kind.NOT_FOUND, "NOTIFICATION_NOT_FOUND");
  }

  @Test
  void aRetryIsAcceptedWithNoNewEventsAndOtherContentIsRefused() {
    Scenario retry = given(pendingReview(), postedBy("c-1", 2, "no grupo")).when(markPosted("c-1", "no grupo "));
    assertThat(retry.thenEvents()).isEmpty();

    given(pendingReview(), postedBy("c-1", 2, "no grupo")).when(markPosted("c-1", "por e-mail"))
        .thenRejected(Kind.RULE_VIOLATED, "IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void aMessageOnItsWayIsNotPostedByHand_oneWhoseDeliveryFailedOrWasGivenUpMayBe() {
    DeliveryProgress started = DeliveryProgress.NONE.after(1, "whatsapp", DeliveryProgress.Stage.STARTED);
    given(started, pendingReview(), approvedBy("c-1", 2)).when(markPosted("c-2", null))
        .thenRejected(Kind.CONFLICT, "MESSAGE_BEING_SENT");

    DeliveryProgress retrying = started.after(2, "whatsapp", DeliveryProgress.Stage.RETRY_DUE);
    assertThat(given(retrying, pendingReview(), approvedBy("c-1", 2)).when(markPosted("c-2", null)).thenEvents())
        .containsExactly(new MessagePostedManually(envelope("c-2", 3), null));

    DeliveryProgress givenUp = retrying.after(3, "whatsapp", DeliveryProgress.Stage.DEAD);
    assertThat(given(givenUp, pendingReview(), approvedBy("c-1", 2)).when(markPosted("c-2", null)).thenEvents())
        .containsExactly(new MessagePostedManually(envelope("c-2", 3), null));
  }

  @Test
  void aMessageDeliveredToEveryTargetIsNotPostedByHand() {
    DeliveryProgress delivered = DeliveryProgress.NONE.after(1, "whatsapp", DeliveryProgress.Stage.STARTED)
        .after(2, "whatsapp", DeliveryProgress.Stage.SUCCEEDED).deliveredAt(3);

    given(delivered, pendingReview(), approvedBy("c-1", 2)).when(markPosted("c-2", null))
        .thenRejected(Kind.CONFLICT, "ALREADY_DELIVERED");
  }

  @Test
  void oneTargetTakenAndAnotherOnItsWayIsStillOnItsWay_aTargetGivenUpBesideItLetsASCOMPostIt() {
    DeliveryProgress halfway = DeliveryProgress.NONE.after(1, "whatsapp", DeliveryProgress.Stage.STARTED)
        .after(2, "whatsapp", DeliveryProgress.Stage.SUCCEEDED).after(3, "email", DeliveryProgress.Stage.STARTED);
    given(halfway, pendingReview(), approvedBy("c-1", 2)).when(markPosted("c-2", null))
        .thenRejected(Kind.CONFLICT, "MESSAGE_BEING_SENT");

    DeliveryProgress emailGivenUp = halfway.after(4, "email", DeliveryProgress.Stage.DEAD);
    assertThat(given(emailGivenUp, pendingReview(), approvedBy("c-1", 2)).when(markPosted("c-2", null))
        .thenEvents()).hasSize(1);
  }

  @Test
  void aPostingByHandAnsweredOnceIsAnsweredAlikeWhenRetried_whateverTheDeliveriesDidSince() {
    DeliveryProgress delivered = DeliveryProgress.NONE.deliveredAt(1);

    assertThat(given(delivered, pendingReview(), postedBy("c-1", 2, null)).when(markPosted("c-1", null))
        .thenEvents()).isEmpty();
    given(delivered, pendingReview(), postedBy("c-1", 2, null)).when(markPosted("c-2", null))
        .thenRejected(Kind.CONFLICT, "ALREADY_POSTED");
  }

  @Test
  void aDeliveryEventAtOrBelowTheLastSequenceIsARepeatAndChangesNothing() {
    DeliveryProgress succeeded = DeliveryProgress.NONE.after(1, "whatsapp", DeliveryProgress.Stage.STARTED)
        .after(2, "whatsapp", DeliveryProgress.Stage.SUCCEEDED);

    assertThat(succeeded.after(1, "whatsapp", DeliveryProgress.Stage.STARTED)).isEqualTo(succeeded);
    assertThat(succeeded.deliveredAt(2)).isEqualTo(succeeded);
    assertThat(succeeded.statusOver(NotificationStatus.APPROVED)).isEqualTo(NotificationStatus.APPROVED);
  }
}
