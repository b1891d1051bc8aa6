package br.gov.es.prodest.npi007.notification.delivery.domain;

import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageApproved;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageEdited;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessagePostedManually;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageRendered;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What delivering one notification needs to know, folded from both of its streams: the message and
 * ASCOM's decisions (notifications topic), and its deliveries so far (deliveries topic).
 *
 * @param message    null until the rendering is seen
 * @param texts      the current text per channel (approval freezes them)
 * @param renderedAt the causing event's time (the rendering's), which orders an incident's messages;
 *                   null until the rendering is seen
 */
public record DeliveryState(MessageRef message, Map<Channel, ChannelText> texts, boolean approved,
    boolean postedManually, DeliveryLedger ledger, Instant renderedAt) {

  public static final DeliveryState NONE = new DeliveryState(null, Map.of(), false, false, DeliveryLedger.EMPTY);

  public DeliveryState {
    texts = texts.isEmpty() ? Map.of() : new EnumMap<>(texts);
  }

  /** A state whose rendering time is not known (yet). */
  public DeliveryState(MessageRef message, Map<Channel, ChannelText> texts, boolean approved, boolean postedManually,
      DeliveryLedger ledger) {
    this(message, texts, approved, postedManually, ledger, null);
  }

  public DeliveryState after(NotificationEvent event) {
    if (event instanceof MessageRendered rendered) {
      MessageRef ref = new MessageRef(rendered.envelope().aggregateId(), rendered.message().id(),
          rendered.incidentId(), rendered.maintenanceId());
      return new DeliveryState(ref, byChannel(texts, rendered.texts()), approved, postedManually, ledger,
          rendered.envelope().occurredAt());
    } else if (event instanceof MessageEdited edited) {
      return new DeliveryState(message, byChannel(texts, edited.texts()), approved, postedManually, ledger, renderedAt);
    } else if (event instanceof MessageApproved) {
      return new DeliveryState(message, texts, true, postedManually, ledger, renderedAt);
    } else if (event instanceof MessagePostedManually) {
      return new DeliveryState(message, texts, approved, true, ledger, renderedAt);
    }
    return this;
  }

  public DeliveryState after(DeliveryEvent event) {
    return new DeliveryState(message == null ? event.message() : message, texts, approved, postedManually,
        ledger.after(event), renderedAt);
  }

  /**
   * Nothing more can happen to its deliveries: the message was delivered (every target succeeded, or
   * ASCOM posted it) and no attempt is left without an outcome. {@link DeliveryDecisions#due} starts
   * nothing for a delivered message and {@link DeliveryDecisions#recover} acts only on started
   * attempts, so a finished notification needs no state to deliver; and {@link DeliveryOrder} counts
   * a delivered message as done. A message given up on every target is not finished: ASCOM may still
   * post it (which records its delivery).
   */
  public boolean finished() {
    return ledger.isDelivered() && ledger.targets().values().stream()
        .noneMatch(progress -> progress.stage() == TargetProgress.Stage.STARTED);
  }

  /**
   * The message's targets: one per e-mail recipient, one for the WhatsApp group unless ASCOM posts
   * it by hand; an e-mail rendition with no recipient is one unreachable target.
   */
  public List<DeliveryTarget> targets(Routes routes) {
    List<DeliveryTarget> targets = new ArrayList<>();
    String id = message.notificationId();
    ChannelText whatsApp = texts.get(Channel.WHATSAPP);
    if (whatsApp != null && !routes.whatsAppManual()) {
      targets.add(DeliveryTarget.of(id, Channel.WHATSAPP, routes.whatsAppProvider(), routes.whatsAppRecipient()));
    }
    ChannelText email = texts.get(Channel.EMAIL);
    if (email != null && email.recipients().isEmpty()) {
      targets.add(DeliveryTarget.of(id, Channel.EMAIL, routes.emailProvider(), ""));
    } else if (email != null) {
      email.recipients().forEach(to -> targets.add(DeliveryTarget.of(id, Channel.EMAIL, routes.emailProvider(), to)));
    }
    return targets;
  }

  private static Map<Channel, ChannelText> byChannel(Map<Channel, ChannelText> current, List<ChannelText> changed) {
    Map<Channel, ChannelText> next = new EnumMap<>(Channel.class);
    next.putAll(current);
    // an edit says what, not to whom: the rendering's recipients stay
    changed.forEach(text -> next.merge(text.channel(), text, (before, edit) ->
        edit.recipients().isEmpty() ? edit.to(before.recipients()) : edit));
    return next;
  }
}
