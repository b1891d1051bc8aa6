package br.gov.es.prodest.npi007.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryStarted;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Given an incident's earlier message and where its deliveries stand, does the later one wait? */
class DeliveryOrderTest {

  private static final Instant TRIAGED = Instant.parse("2025-03-15T12:00:00Z");
  private static final Instant RESTORED = TRIAGED.plus(Duration.ofMinutes(40));
  private static final Routes ROUTES = new Routes("whatsapp-cloud-api", "grupo-ti-es", "smtp");
  private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(5));
  private static final Map<Channel, ChannelText> TEXTS = Map.of(
      Channel.WHATSAPP, new ChannelText(Channel.WHATSAPP, null, "*Aviso*", null),
      Channel.EMAIL, new ChannelText(Channel.EMAIL, "Aviso", "Aviso", "<p>Aviso</p>", List.of("ti@saude.es.gov.br")));

  private static DeliveryState message(String id, String messageId, String incidentId, Instant renderedAt,
      boolean approved) {
    return new DeliveryState(new MessageRef(id, messageId, incidentId, null), TEXTS, approved, false,
        DeliveryLedger.EMPTY, renderedAt);
  }

  private static final DeliveryState UNAVAILABILITY = message("n-63", "6.3", "incident-1", TRIAGED, true);
  private static final DeliveryState RESTORATION = message("n-64", "6.4", "incident-1", RESTORED, true);

  /** The state after every target of the message was started and then ended with the result. */
  private static DeliveryState allEnded(DeliveryState state, DeliveryResult result) {
    DeliveryState after = state;
    for (DeliveryEvent started : DeliveryDecisions.due(state, TRIAGED, ROUTES, Map.of("whatsapp-cloud-api", 9, "smtp", 9))) {
      after = after.after(started);
    }
    for (DeliveryTarget target : after.targets(ROUTES)) {
      for (DeliveryEvent ended : DeliveryDecisions.after(after, target, 1, result, TRIAGED, POLICY)) {
        after = after.after(ended);
      }
    }
    return after;
  }

  @Test
  void theRestorationWaitsWhileTheUnavailabilityIsStillGoingOut() {
    assertThat(DeliveryOrder.waitsForAnEarlierMessage(RESTORATION, List.of(UNAVAILABILITY, RESTORATION), ROUTES))
        .isTrue();
    assertThat(DeliveryOrder.waitsForAnEarlierMessage(UNAVAILABILITY, List.of(UNAVAILABILITY, RESTORATION), ROUTES))
        .isFalse();
  }

  @Test
  void itGoesOnceEveryTargetOfTheEarlierMessageEnded_deliveredOrGivenUp() {
    DeliveryState delivered = allEnded(UNAVAILABILITY, new DeliveryResult.Accepted("wamid.1"));
    DeliveryState givenUp = allEnded(UNAVAILABILITY, new DeliveryResult.Uncertain("sem resposta"));

    assertThat(DeliveryOrder.waitsForAnEarlierMessage(RESTORATION, List.of(delivered, RESTORATION), ROUTES)).isFalse();
    assertThat(DeliveryOrder.waitsForAnEarlierMessage(RESTORATION, List.of(givenUp, RESTORATION), ROUTES)).isFalse();
  }

  @Test
  void anEarlierMessageInFlightOrWaitingForARetryStillHoldsItBack() {
    DeliveryState inFlight = UNAVAILABILITY;
    for (DeliveryEvent started : DeliveryDecisions.due(UNAVAILABILITY, TRIAGED, ROUTES, Map.of("smtp", 9))) {
      inFlight = inFlight.after(started);
    }
    assertThat(inFlight.ledger().targets().values()).allMatch(progress -> progress.stage() == TargetProgress.Stage.STARTED);
    assertThat(DeliveryOrder.waitsForAnEarlierMessage(RESTORATION, List.of(inFlight, RESTORATION), ROUTES)).isTrue();
    DeliveryState retrying = allEnded(UNAVAILABILITY, new DeliveryResult.Refused("HTTP 503", true, null));
    assertThat(DeliveryOrder.waitsForAnEarlierMessage(RESTORATION, List.of(retrying, RESTORATION), ROUTES)).isTrue();
  }

  @Test
  void aMessageHeldForReviewPostedByHandOrOfAnotherIncidentHoldsNothingBack() {
    DeliveryState inReview = message("n-63", "6.3", "incident-1", TRIAGED, false);
    DeliveryState posted = new DeliveryState(UNAVAILABILITY.message(), TEXTS, true, true, DeliveryLedger.EMPTY, TRIAGED);
    DeliveryState otherIncident = message("n-63b", "6.3", "incident-2", TRIAGED, true);

    assertThat(DeliveryOrder.waitsForAnEarlierMessage(RESTORATION, List.of(inReview, RESTORATION), ROUTES)).isFalse();
    assertThat(DeliveryOrder.waitsForAnEarlierMessage(RESTORATION, List.of(posted, RESTORATION), ROUTES)).isFalse();
    assertThat(DeliveryOrder.waitsForAnEarlierMessage(RESTORATION, List.of(otherIncident, RESTORATION), ROUTES))
        .isFalse();
  }
}
