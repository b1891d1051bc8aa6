package br.gov.es.prodest.npi007.notification.delivery.domain;

import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryDeadLettered;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryFailed;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliveryStarted;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.DeliverySucceeded;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent.MessageDelivered;
import br.gov.es.prodest.npi007.notification.delivery.domain.TargetProgress.Stage;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The delivery rules (CONTRACTS.md, "Delivery"), as pure functions of a notification's state and
 * the time: which attempts to start, what an attempt's result leads to, what a rebuild finds
 * unfinished. Each returns the new events, numbered after the state's last one, in order.
 */
public final class DeliveryDecisions {

  static final String NO_RECIPIENT = "nenhum destinatário de e-mail: nenhum órgão do catálogo tem endereço cadastrado";
  static final String UNKNOWN_OUTCOME = "resultado desconhecido: o serviço parou durante a tentativa e a mensagem "
      + "pode ter sido entregue; verifique antes de publicar manualmente";

  private DeliveryDecisions() {
  }

  /**
   * After a rebuild (start, restart, rebalance, replay): an attempt started with no recorded outcome
   * may have reached its recipient, so it is never repeated; it is given up as uncertain.
   */
  public static List<DeliveryEvent> recover(DeliveryState state, Instant now) {
    Events events = new Events(state);
    state.ledger().targets().values().stream().filter(progress -> progress.stage() == Stage.STARTED)
        .forEach(progress -> events.add(new DeliveryDeadLettered(state.message(), events.nextSequence(), now,
            progress.target(), progress.attempts(), UNKNOWN_OUTCOME, true)));
    return events.list;
  }

  /**
   * What is due now: a message approved and not posted by hand starts each target not yet
   * attempted and each retry whose time has come, as far as its provider has free slots; an
   * unreachable target is given up; a message whose targets all succeeded, or that ASCOM posted,
   * is delivered, once.
   *
   * @param freeSlots how many more attempts each provider takes now (absent: none)
   */
  public static List<DeliveryEvent> due(DeliveryState state, Instant now, Routes routes, Map<String, Integer> freeSlots) {
    Events events = new Events(state);
    if (state.message() == null || state.ledger().isDelivered()) {
      return events.list;
    }
    if (state.postedManually()) {
      // ASCOM posted it: targets not started stay so (NPI-007 5.2.2, the message is out)
      events.add(new MessageDelivered(state.message(), events.nextSequence(), now, true));
      return events.list;
    }
    if (!state.approved()) {
      return events.list;
    }
    Map<String, Integer> slots = new HashMap<>(freeSlots);
    for (DeliveryTarget target : state.targets(routes)) {
      TargetProgress progress = events.state.ledger().progressOf(target);
      if (target.unreachable() && progress.stage() == Stage.PENDING) {
        events.add(new DeliveryDeadLettered(state.message(), events.nextSequence(), now, target, 0, NO_RECIPIENT, false));
      } else if (startable(progress, now) && slots.getOrDefault(target.provider(), 0) > 0) {
        slots.merge(target.provider(), -1, Integer::sum);
        events.add(new DeliveryStarted(state.message(), events.nextSequence(), now, target, progress.attempts() + 1));
      }
    }
    if (allSucceeded(events.state, routes)) {
      events.add(new MessageDelivered(state.message(), events.nextSequence(), now, false));
    }
    return events.list;
  }

  /** What an attempt's result leads to: success, a retry at its time, or giving up. */
  public static List<DeliveryEvent> after(DeliveryState state, DeliveryTarget target, int attempt,
      DeliveryResult result, Instant now, RetryPolicy policy) {
    Events events = new Events(state);
    if (result instanceof DeliveryResult.Accepted accepted) {
      events.add(new DeliverySucceeded(state.message(), events.nextSequence(), now, target, attempt,
          accepted.providerMessageId()));
    } else if (result instanceof DeliveryResult.Refused refused) {
      Instant next = refused.retryable() ? policy.nextAttemptAt(now, attempt, refused.retryAfter()) : null;
      events.add(new DeliveryFailed(state.message(), events.nextSequence(), now, target, attempt, refused.reason(),
          refused.retryable(), next));
      if (next == null) {
        String why = refused.retryable() ? "tentativas esgotadas (" + attempt + "): " + refused.reason() : refused.reason();
        events.add(new DeliveryDeadLettered(state.message(), events.nextSequence(), now, target, attempt, why, false));
      }
    } else if (result instanceof DeliveryResult.Uncertain uncertain) {
      events.add(new DeliveryDeadLettered(state.message(), events.nextSequence(), now, target, attempt,
          "resultado desconhecido: " + uncertain.reason(), true));
    }
    return events.list;
  }

  /** When the next retry of the state is due, or null when none waits. */
  public static Instant nextRetryAt(DeliveryState state) {
    return state.ledger().targets().values().stream().filter(progress -> progress.stage() == Stage.RETRY_DUE)
        .map(TargetProgress::nextAttemptAt).min(Instant::compareTo).orElse(null);
  }

  private static boolean startable(TargetProgress progress, Instant now) {
    return progress.stage() == Stage.PENDING
        || (progress.stage() == Stage.RETRY_DUE && !progress.nextAttemptAt().isAfter(now));
  }

  /** Every target succeeded; a WhatsApp message ASCOM posts by hand is delivered only when posted. */
  private static boolean allSucceeded(DeliveryState state, Routes routes) {
    if (routes.whatsAppManual() && state.texts().containsKey(Channel.WHATSAPP)) {
      return false;
    }
    List<DeliveryTarget> targets = state.targets(routes);
    return !targets.isEmpty() && targets.stream()
        .allMatch(target -> state.ledger().progressOf(target).stage() == Stage.SUCCEEDED);
  }

  /** New events, numbered in order, and the state they lead to. */
  private static final class Events {
    private final List<DeliveryEvent> list = new ArrayList<>();
    private DeliveryState state;

    Events(DeliveryState state) {
      this.state = state;
    }

    long nextSequence() {
      return state.ledger().sequence() + 1;
    }

    void add(DeliveryEvent event) {
      list.add(event);
      state = state.after(event);
    }
  }
}
