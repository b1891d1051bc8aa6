package br.gov.es.prodest.npi007.notification.metrics;

import br.gov.es.prodest.npi007.notification.delivery.adapter.kafka.DeliveryObserver;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryDeadLettered;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryFailed;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliverySucceeded;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.MessageDelivered;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryState;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The delivery engine's outcomes, taken from the events its transaction committed (each event is
 * committed once: one not committed is decided again, and counted then; the engine that takes the
 * partitions over loads them, it does not decide them again):
 * <ul>
 *   <li>{@code npi007.deliveries{channel,provider,outcome}}: one per attempt's outcome, {@code delivered},
 *       {@code failed} (a retry is scheduled), {@code dead} (given up: attempts exhausted, a permanent
 *       refusal, no recipient) or {@code uncertain} (given up, may have arrived); ASCOM's post by hand is
 *       {@code provider=manual, outcome=posted_manually}.</li>
 *   <li>{@code npi007.delivery{channel}}: rendered → delivered, per delivery that succeeded (one per
 *       e-mail recipient) and per post by hand; "rendered" is the causing event's time, the one the
 *       message is rendered and ordered by.</li>
 *   <li>{@code npi007.report.to.acknowledgement}: a report → its 6.1 delivered (every target took it, or
 *       ASCOM posted it): once per 6.1, since {@code MessageDelivered} is once per notification; a 6.1's
 *       rendering time is its report's time. A report joined to an open incident has a 6.1 of its own,
 *       and so a sample of its own.</li>
 * </ul>
 */
final class DeliveryMeters implements DeliveryObserver {

  static final String DELIVERIES = "npi007.deliveries";
  static final String DELIVERY = "npi007.delivery";
  static final String REPORT_TO_ACKNOWLEDGEMENT = "npi007.report.to.acknowledgement";
  static final String MANUAL = "manual";

  private final MeterRegistry registry;
  private final Timer acknowledgement;

  DeliveryMeters(MeterRegistry registry) {
    this.registry = registry;
    this.acknowledgement = Timer.builder(REPORT_TO_ACKNOWLEDGEMENT)
        .description("Do relato do incidente à entrega da sua confirmação de recebimento (6.1)")
        .publishPercentileHistogram().register(registry);
    for (Channel channel : Channel.values()) {
      delivery(channel);
    }
  }

  @Override
  public void committed(List<DeliveryEvent> events, Function<String, DeliveryState> stateOf) {
    for (DeliveryEvent event : events) {
      DeliveryState state = stateOf.apply(event.message().notificationId());
      if (event instanceof DeliverySucceeded succeeded) {
        outcome(succeeded.target().channel(), succeeded.target().provider(), "delivered");
        time(delivery(succeeded.target().channel()), state, event.occurredAt());
      } else if (event instanceof DeliveryFailed failed && failed.nextAttemptAt() != null) {
        outcome(failed.target().channel(), failed.target().provider(), "failed");
      } else if (event instanceof DeliveryDeadLettered dead) {
        // a refusal with no retry left is committed as DeliveryFailed then this: one outcome, here
        outcome(dead.target().channel(), dead.target().provider(), dead.uncertain() ? "uncertain" : "dead");
      } else if (event instanceof MessageDelivered delivered) {
        if (delivered.postedManually()) {
          Channel channel = postedOn(state);
          outcome(channel, MANUAL, "posted_manually");
          time(delivery(channel), state, event.occurredAt());
        }
        if (MessageTemplate.RECEIPT_ACKNOWLEDGEMENT.id().equals(delivered.message().messageId())) {
          time(acknowledgement, state, event.occurredAt());
        }
      }
    }
  }

  /** ASCOM posts in the WhatsApp group; a message with no WhatsApp text is taken as posted by e-mail. */
  private static Channel postedOn(DeliveryState state) {
    return state == null || state.texts().containsKey(Channel.WHATSAPP) ? Channel.WHATSAPP : Channel.EMAIL;
  }

  private void outcome(Channel channel, String provider, String outcome) {
    Counter.builder(DELIVERIES).description("Resultados das tentativas de entrega")
        .tag("channel", name(channel)).tag("provider", provider == null ? MANUAL : provider).tag("outcome", outcome)
        .register(registry).increment();
  }

  private Timer delivery(Channel channel) {
    return Timer.builder(DELIVERY).description("Da renderização da mensagem à sua entrega, por canal")
        .tag("channel", name(channel)).publishPercentileHistogram().register(registry);
  }

  /** From the rendering to the event; skewed clocks count as no time; a state without its rendering is not timed. */
  private static void time(Timer timer, DeliveryState state, Instant at) {
    if (state != null && state.renderedAt() != null) {
      Duration elapsed = Duration.between(state.renderedAt(), at);
      timer.record(elapsed.isNegative() ? Duration.ZERO : elapsed);
    }
  }

  private static String name(Channel channel) {
    return channel.name().toLowerCase(Locale.ROOT);
  }
}
