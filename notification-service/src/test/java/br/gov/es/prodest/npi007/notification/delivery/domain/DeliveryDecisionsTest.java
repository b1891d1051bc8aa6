package br.gov.es.prodest.npi007.notification.delivery.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryDeadLettered;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryFailed;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryStarted;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliverySucceeded;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.MessageDelivered;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Given a notification's deliveries so far, when time passes or an attempt ends, then these events. */
class DeliveryDecisionsTest {

  private static final Instant NOW = Instant.parse("2025-03-15T12:00:00Z");
  private static final MessageRef REF = new MessageRef("notification-1", "6.3", "incident-1", null);
  private static final Routes CLOUD_API = new Routes("whatsapp-cloud-api", "grupo-ti-es", "smtp");
  private static final Routes MANUAL = new Routes(null, null, "smtp");
  private static final Map<String, Integer> FREE = Map.of("whatsapp-cloud-api", 4, "smtp", 4);
  private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(5));
  private static final ChannelText WHATSAPP = new ChannelText(Channel.WHATSAPP, null, "*Aviso*", null);
  private static final ChannelText EMAIL = new ChannelText(Channel.EMAIL, "Aviso", "Aviso", "<p>Aviso</p>",
      List.of("a@es.gov.br", "b@es.gov.br"));
  private static final DeliveryState APPROVED = new DeliveryState(REF, Map.of(Channel.WHATSAPP, WHATSAPP,
      Channel.EMAIL, EMAIL), true, false, DeliveryLedger.EMPTY);
  private static final DeliveryTarget GROUP = DeliveryTarget.of("notification-1", Channel.WHATSAPP,
      "whatsapp-cloud-api", "grupo-ti-es");

  @Test
  void anApprovedMessageStartsOneAttemptPerTarget_numberedInOrder() {
    List<DeliveryEvent> events = DeliveryDecisions.due(APPROVED, NOW, CLOUD_API, FREE);

    assertThat(events).allMatch(DeliveryStarted.class::isInstance).extracting(DeliveryEvent::sequence)
        .containsExactly(1L, 2L, 3L);
    assertThat(events).map(event -> ((DeliveryStarted) event).target().recipient())
        .containsExactly("grupo-ti-es", "a@es.gov.br", "b@es.gov.br");
  }

  @Test
  void aMessageAwaitingReviewStartsNothing() {
    DeliveryState pending = new DeliveryState(REF, APPROVED.texts(), false, false, DeliveryLedger.EMPTY);
    assertThat(DeliveryDecisions.due(pending, NOW, CLOUD_API, FREE)).isEmpty();
  }

  @Test
  void aProviderWithoutFreeSlotsWaits_andDoesNotHoldTheOthers() {
    List<DeliveryEvent> events = DeliveryDecisions.due(APPROVED, NOW, CLOUD_API, Map.of("smtp", 1));
    assertThat(events).singleElement().satisfies(event ->
        assertThat(((DeliveryStarted) event).target().channel()).isEqualTo(Channel.EMAIL));
  }

  @Test
  void aManualWhatsAppHasNoTarget_andIsDeliveredOnlyWhenAscomPostsIt() {
    DeliveryState sent = given(APPROVED, DeliveryDecisions.due(APPROVED, NOW, MANUAL, FREE));
    for (DeliveryTarget target : sent.targets(MANUAL)) {
      sent = given(sent, DeliveryDecisions.after(sent, target, 1, new DeliveryResult.Accepted("id"), NOW, POLICY));
    }
    assertThat(sent.targets(MANUAL)).noneMatch(target -> target.channel() == Channel.WHATSAPP);
    assertThat(DeliveryDecisions.due(sent, NOW, MANUAL, FREE)).isEmpty();

    DeliveryState posted = new DeliveryState(REF, sent.texts(), true, true, sent.ledger());
    assertThat(DeliveryDecisions.due(posted, NOW, MANUAL, FREE)).singleElement()
        .isInstanceOfSatisfying(MessageDelivered.class, delivered -> assertThat(delivered.postedManually()).isTrue());
  }

  @Test
  void whenEveryTargetSucceeded_theMessageIsDeliveredOnce() {
    DeliveryState state = given(APPROVED, DeliveryDecisions.due(APPROVED, NOW, CLOUD_API, FREE));
    for (DeliveryTarget target : state.targets(CLOUD_API)) {
      state = given(state, DeliveryDecisions.after(state, target, 1, new DeliveryResult.Accepted("m"), NOW, POLICY));
    }
    List<DeliveryEvent> delivered = DeliveryDecisions.due(state, NOW, CLOUD_API, FREE);
    assertThat(delivered).singleElement().isInstanceOf(MessageDelivered.class);
    assertThat(DeliveryDecisions.due(given(state, delivered), NOW, CLOUD_API, FREE)).isEmpty();
  }

  @Test
  void aRefusalIsRetriedAfterADoublingBackOff_orTheProvidersRetryAfterWhenLonger() {
    DeliveryState started = given(APPROVED, DeliveryDecisions.due(APPROVED, NOW, CLOUD_API, FREE));
    DeliveryResult serverError = new DeliveryResult.Refused("HTTP 500", true, null);

    assertThat(failed(DeliveryDecisions.after(started, GROUP, 1, serverError, NOW, POLICY)).nextAttemptAt())
        .isEqualTo(NOW.plusSeconds(2));
    assertThat(failed(DeliveryDecisions.after(started, GROUP, 2, serverError, NOW, POLICY)).nextAttemptAt())
        .isEqualTo(NOW.plusSeconds(4));
    assertThat(failed(DeliveryDecisions.after(started, GROUP, 1,
        new DeliveryResult.Refused("HTTP 429", true, Duration.ofSeconds(30)), NOW, POLICY)).nextAttemptAt())
        .isEqualTo(NOW.plusSeconds(30));
    assertThat(POLICY.backoff(10)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void aRetryStartsOnlyWhenItsTimeHasCome() {
    DeliveryState started = given(APPROVED, DeliveryDecisions.due(APPROVED, NOW, CLOUD_API, FREE));
    DeliveryState failed = given(started, DeliveryDecisions.after(started, GROUP, 1,
        new DeliveryResult.Refused("HTTP 500", true, null), NOW, POLICY));

    assertThat(DeliveryDecisions.nextRetryAt(failed)).isEqualTo(NOW.plusSeconds(2));
    assertThat(DeliveryDecisions.due(failed, NOW.plusSeconds(1), CLOUD_API, FREE)).isEmpty();
    assertThat(DeliveryDecisions.due(failed, NOW.plusSeconds(2), CLOUD_API, FREE)).singleElement()
        .isInstanceOfSatisfying(DeliveryStarted.class, retry -> assertThat(retry.attempt()).isEqualTo(2));
  }

  @Test
  void theLastAllowedAttemptRefused_isGivenUp() {
    DeliveryState started = given(APPROVED, DeliveryDecisions.due(APPROVED, NOW, CLOUD_API, FREE));
    List<DeliveryEvent> events = DeliveryDecisions.after(started, GROUP, 3,
        new DeliveryResult.Refused("HTTP 503", true, null), NOW, POLICY);

    assertThat(events).hasSize(2);
    assertThat(failed(events).nextAttemptAt()).isNull();
    assertThat(events.get(1)).isInstanceOfSatisfying(DeliveryDeadLettered.class, dead -> {
      assertThat(dead.attempts()).isEqualTo(3);
      assertThat(dead.uncertain()).isFalse();
      assertThat(dead.reason()).startsWith("tentativas esgotadas (3)");
    });
  }

  @Test
  void aPermanentRefusalIsGivenUpAtOnce() {
    DeliveryState started = given(APPROVED, DeliveryDecisions.due(APPROVED, NOW, CLOUD_API, FREE));
    assertThat(DeliveryDecisions.after(started, GROUP, 1, new DeliveryResult.Refused("HTTP 401", false, null), NOW,
        POLICY)).last().isInstanceOf(DeliveryDeadLettered.class);
  }

  @Test
  void anUnknownOutcomeIsNeverRetried_butGivenUpAsUncertain() {
    DeliveryState started = given(APPROVED, DeliveryDecisions.due(APPROVED, NOW, CLOUD_API, FREE));
    List<DeliveryEvent> events = DeliveryDecisions.after(started, GROUP, 1,
        new DeliveryResult.Uncertain("tempo de resposta esgotado"), NOW, POLICY);

    assertThat(events).singleElement().isInstanceOfSatisfying(DeliveryDeadLettered.class,
        dead -> assertThat(dead.uncertain()).isTrue());
    assertThat(DeliveryDecisions.due(given(started, events), NOW.plusSeconds(60), CLOUD_API, FREE))
        .noneMatch(event -> event instanceof DeliveryStarted start && start.target().equals(GROUP));
  }

  @Test
  void aRebuildGivesUpEveryAttemptWithoutOutcome_asUncertain_andRepeatsNone() {
    DeliveryState started = given(APPROVED, DeliveryDecisions.due(APPROVED, NOW, CLOUD_API, FREE));
    DeliveryState oneSucceeded = given(started, List.of(new DeliverySucceeded(REF, 4, NOW, GROUP, 1, "wamid.1")));

    List<DeliveryEvent> recovered = DeliveryDecisions.recover(oneSucceeded, NOW);
    assertThat(recovered).hasSize(2).allSatisfy(event ->
        assertThat(((DeliveryDeadLettered) event).uncertain()).isTrue());
    assertThat(DeliveryDecisions.due(given(oneSucceeded, recovered), NOW, CLOUD_API, FREE)).isEmpty();
  }

  @Test
  void anEmailWithoutRecipientsIsGivenUpAtOnce() {
    DeliveryState nobody = new DeliveryState(REF, Map.of(Channel.EMAIL,
        new ChannelText(Channel.EMAIL, "Aviso", "Aviso", "<p>Aviso</p>")), true, false, DeliveryLedger.EMPTY);
    assertThat(DeliveryDecisions.due(nobody, NOW, CLOUD_API, FREE)).singleElement()
        .isInstanceOfSatisfying(DeliveryDeadLettered.class, dead -> assertThat(dead.reason())
            .startsWith("nenhum destinatário de e-mail"));
  }

  @Test
  void aMessagePostedByHandStopsTheTargetsNotStarted() {
    DeliveryState failed = given(APPROVED, List.of(new DeliveryFailed(REF, 1, NOW, GROUP, 1, "HTTP 500", true,
        NOW.plusSeconds(2))));
    DeliveryState posted = new DeliveryState(REF, failed.texts(), true, true, failed.ledger());

    assertThat(DeliveryDecisions.due(posted, NOW.plusSeconds(5), CLOUD_API, FREE)).singleElement()
        .isInstanceOf(MessageDelivered.class);
  }

  private static DeliveryState given(DeliveryState state, List<DeliveryEvent> events) {
    for (DeliveryEvent event : events) {
      state = state.after(event);
    }
    return state;
  }

  private static DeliveryFailed failed(List<DeliveryEvent> events) {
    return (DeliveryFailed) events.get(0);
  }
}
