package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.pendingReview;
import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.rendered;
import static org.assertj.core.api.Assertions.assertThat;

/** A rendered message opens its notification: pending ASCOM's review, or approved at once (AUTO). */
class AdmissionTest {

  @Test
  void aMessageToReviewOpensItsNotificationPendingReview() {
    List<NotificationEvent> events = NotificationLifecycle.admit(pendingReview(), NoNotification.INSTANCE);

    assertThat(events).containsExactly(pendingReview());
    assertThat(NotificationLifecycle.fold(events).currentStatus()).contains(NotificationStatus.PENDING_REVIEW);
  }

  @Test
  void anAutoMessageIsApprovedByTheServiceAsItIsRendered() {
    List<NotificationEvent> events = NotificationLifecycle.admit(rendered(false), NoNotification.INSTANCE);

    assertThat(events).hasSize(2).first().isEqualTo(rendered(false));
    assertThat(events.get(1)).isInstanceOfSatisfying(MessageApproved.class, approved -> {
      Envelope envelope = approved.envelope();
      assertThat(envelope.sequence()).isEqualTo(2);
      assertThat(envelope.eventId()).isEqualTo(UUID.nameUUIDFromBytes(
          (Scenario.NOTIFICATION + "/approved").getBytes(StandardCharsets.UTF_8)).toString());
      assertThat(envelope.actor()).isEqualTo(new Actor("notification-service", Role.SYSTEM, null));
      assertThat(envelope.origin()).isEqualTo(Origin.SYSTEM);
      assertThat(envelope.occurredAt()).isEqualTo(Scenario.RENDERED_AT);
    });
    assertThat(NotificationLifecycle.fold(events).currentStatus()).contains(NotificationStatus.APPROVED);
  }

  @Test
  void aRenderingSeenAgainOpensNothing() {
    NotificationState opened = NotificationLifecycle.fold(List.of(pendingReview()));

    assertThat(NotificationLifecycle.admit(pendingReview(), opened)).isEmpty();
  }

  @Test
  void anEventOutOfSequenceChangesNothing() {
    NotificationState opened = NotificationLifecycle.fold(List.of(pendingReview()));

    assertThat(NotificationLifecycle.evolve(opened, Scenario.approvedBy("c-1", 5))).isEqualTo(opened);
    assertThat(NotificationLifecycle.evolve(NoNotification.INSTANCE, Scenario.approvedBy("c-1", 1)))
        .isEqualTo(NoNotification.INSTANCE);
  }
}
