package br.gov.es.prodest.npi007.notification.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryDeadLettered;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryFailed;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliverySucceeded;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.MessageDelivered;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryLedger;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryState;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryTarget;
import br.gov.es.prodest.npi007.notification.delivery.domain.MessageRef;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** What each committed delivery event counts: one outcome per attempt, the times from the rendering. */
class DeliveryMetersTest {

  private static final Instant REPORTED = Instant.parse("2025-03-15T12:00:00Z");
  private static final MessageRef ACK = new MessageRef("n-1", "6.1", "incident-1", null);
  private static final DeliveryTarget WHATSAPP = DeliveryTarget.of("n-1", Channel.WHATSAPP, "whatsapp-cloud-api", "grupo");
  private static final DeliveryTarget SESA = DeliveryTarget.of("n-1", Channel.EMAIL, "smtp", "ti@saude.es.gov.br");
  private static final DeliveryTarget PRODEST = DeliveryTarget.of("n-1", Channel.EMAIL, "smtp", "ascom@prodest.es.gov.br");

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final DeliveryMeters meters = new DeliveryMeters(registry);

  @Test
  void eachAttemptHasOneOutcome_andTheAcknowledgementIsTimedFromTheReport() {
    DeliveryState state = rendered(ACK, Channel.WHATSAPP, Channel.EMAIL);
    meters.committed(List.of(
        new DeliveryFailed(ACK, 1, at(10), WHATSAPP, 1, "HTTP 503", true, at(20)),
        new DeliverySucceeded(ACK, 2, at(30), WHATSAPP, 2, "wamid.1"),
        new DeliverySucceeded(ACK, 3, at(40), SESA, 1, "smtp-1"),
        new DeliveryFailed(ACK, 4, at(50), PRODEST, 1, "550 caixa inexistente", false, null),
        new DeliveryDeadLettered(ACK, 5, at(50), PRODEST, 1, "550 caixa inexistente", false)), id -> state);
    meters.committed(List.of(new MessageDelivered(ACK, 6, at(60), true)), id -> state);

    assertThat(count("whatsapp", "whatsapp-cloud-api", "failed")).isEqualTo(1);
    assertThat(count("whatsapp", "whatsapp-cloud-api", "delivered")).isEqualTo(1);
    assertThat(count("email", "smtp", "delivered")).isEqualTo(1);
    assertThat(count("email", "smtp", "dead")).isEqualTo(1);
    assertThat(count("email", "smtp", "failed")).isZero();
    assertThat(count("whatsapp", "manual", "posted_manually")).isEqualTo(1);
    assertThat(registry.get(DeliveryMeters.DELIVERY).tag("channel", "email").timer().totalTime(TimeUnit.SECONDS))
        .isEqualTo(40);
    assertThat(registry.get(DeliveryMeters.DELIVERY).tag("channel", "whatsapp").timer().count()).isEqualTo(2);
    assertThat(registry.get(DeliveryMeters.REPORT_TO_ACKNOWLEDGEMENT).timer().count()).isEqualTo(1);
    assertThat(registry.get(DeliveryMeters.REPORT_TO_ACKNOWLEDGEMENT).timer().totalTime(TimeUnit.SECONDS))
        .isEqualTo(60);
  }

  @Test
  void anUncertainOutcomeIsItsOwn_andOnlyA61IsAnAcknowledgement() {
    MessageRef notice = new MessageRef("n-3", "6.3", "incident-1", null);
    DeliveryTarget target = DeliveryTarget.of("n-3", Channel.EMAIL, "smtp", "ti@saude.es.gov.br");
    DeliveryState state = rendered(notice, Channel.EMAIL);
    meters.committed(List.of(new DeliveryDeadLettered(notice, 2, at(5), target, 1, "resultado desconhecido", true),
        new MessageDelivered(notice, 3, at(9), false)), id -> state);

    assertThat(count("email", "smtp", "uncertain")).isEqualTo(1);
    assertThat(registry.get(DeliveryMeters.REPORT_TO_ACKNOWLEDGEMENT).timer().count()).isZero();
  }

  private double count(String channel, String provider, String outcome) {
    var counter = registry.find(DeliveryMeters.DELIVERIES).tags("channel", channel, "provider", provider,
        "outcome", outcome).counter();
    return counter == null ? 0 : counter.count();
  }

  private static DeliveryState rendered(MessageRef message, Channel... channels) {
    Map<Channel, ChannelText> texts = new java.util.EnumMap<>(Channel.class);
    for (Channel channel : channels) {
      texts.put(channel, new ChannelText(channel, null, "texto", null, List.of()));
    }
    return new DeliveryState(message, texts, true, false, DeliveryLedger.EMPTY, REPORTED);
  }

  private static Instant at(long seconds) {
    return REPORTED.plus(Duration.ofSeconds(seconds));
  }
}
