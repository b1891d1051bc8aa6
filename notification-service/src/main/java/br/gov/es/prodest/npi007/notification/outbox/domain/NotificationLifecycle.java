package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.aggregate.CommandChecks;
import br.gov.es.prodest.npi007.aggregate.CommonRejections;
import br.gov.es.prodest.npi007.aggregate.Aggregate;
import br.gov.es.prodest.npi007.aggregate.EventIds;
import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.CommandRejected;
import br.gov.es.prodest.npi007.aggregate.Decision;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notification aggregate: a message of ASCOM's outbox from its rendering on (CONTRACTS.md,
 * "ASCOM's review of the outbox"). Which events a rendering or a command causes, and what the
 * events make of the state.
 */
public final class NotificationLifecycle {

  /** The notification's rules as one aggregate, for the processing and the tests. */
  public static final Aggregate<NotificationCommand, NotificationEvent, NotificationState> AGGREGATE =
      Aggregate.of(NoNotification.INSTANCE, NotificationLifecycle::decide, NotificationLifecycle::evolve);

  /** This service, when it acts on its own (an AUTO message approved as it is rendered). */
  public static final Actor NOTIFICATION_SERVICE = Actor.service("notification-service");

  private NotificationLifecycle() {
  }

  /**
   * The events a rendered message opens its notification with: the rendering, then, when the
   * message needs no review (AUTO), its approval by this service. None when the notification
   * exists already (a replay of the rendering).
   */
  public static List<NotificationEvent> admit(MessageRendered rendered, NotificationState state) {
    if (state instanceof ExistingNotification) {
      return List.of();
    }
    if (rendered.reviewRequired()) {
      return List.of(rendered);
    }
    Envelope rendering = rendered.envelope();
    // no command of ASCOM's: the id derives from the notification, as the rendering's does (CONTRACTS.md, "Ids")
    Envelope approval = new Envelope(EventIds.named(rendering.aggregateId(), "approved"),
        rendering.aggregateId(), rendering.sequence() + 1, rendering.occurredAt(), NOTIFICATION_SERVICE,
        Origin.SYSTEM, rendering.commandId(), rendering.correlationId());
    return List.of(rendered, new MessageApproved(approval));
  }

  /** Decides a command of a notification whose delivery has not begun (the aggregate's own rules). */
  public static Decision<NotificationEvent> decide(NotificationCommand command, NotificationState state) {
    return decide(command, state, DeliveryProgress.NONE);
  }

  /**
   * Decides a command: a retry first, then the expected version, then existence, then the status,
   * which for a message ASCOM would post by hand includes its deliveries: a message on its way
   * (SENT) or delivered is not posted again; one whose delivery failed or was given up may be.
   */
  public static Decision<NotificationEvent> decide(NotificationCommand command, NotificationState state,
      DeliveryProgress deliveries) {
    Optional<Decision<NotificationEvent>> checked = CommandChecks.first(Rejections.NAME, command, state, () -> {
      ExistingNotification existing = (ExistingNotification) state;
      return Retries.repeats(command, existing.causedByCommand().get(command.commandId()), existing);
    }, Decision::retry);
    if (checked.isPresent()) {
      return checked.get();
    }
    if (!(state instanceof ExistingNotification notification)) {
      return Decision.rejected(CommonRejections.notFound(Rejections.NAME, command.aggregateId()));
    }
    if (notification.status() == NotificationStatus.POSTED_MANUALLY) {
      return Decision.rejected(Rejections.alreadyPosted(notification));
    }
    if (command instanceof ApproveMessage approve) {
      return approve(approve, notification);
    } else if (command instanceof MarkMessagePosted mark) {
      NotificationStatus status = deliveries.statusOver(notification.status());
      if (status == NotificationStatus.SENT) {
        return Decision.rejected(Rejections.beingSent(notification));
      } else if (status == NotificationStatus.DELIVERED) {
        return Decision.rejected(Rejections.alreadyDelivered(notification));
      }
      return Decision.accepted(List.of(new MessagePostedManually(
          Envelope.causedBy(mark, notification.version() + 1), text(mark.note()))));
    }
    throw new IllegalArgumentException("comando desconhecido: " + command);
  }

  private static Decision<NotificationEvent> approve(ApproveMessage approve, ExistingNotification notification) {
    if (notification.status() != NotificationStatus.PENDING_REVIEW) {
      return Decision.rejected(Rejections.alreadyApproved(notification));
    }
    Optional<CommandRejected> invalid = Edits.refusal(approve.edits(), notification);
    if (invalid.isPresent()) {
      return Decision.rejected(invalid.get());
    }
    List<NotificationEvent> events = new ArrayList<>();
    long sequence = notification.version();
    if (!approve.edits().isEmpty()) {
      events.add(new MessageEdited(Envelope.causedBy(approve, ++sequence), Edits.applied(approve.edits(), notification)));
    }
    events.add(new MessageApproved(Envelope.causedBy(approve, ++sequence)));
    return Decision.accepted(events);
  }

  /** The state after one more event; an event that cannot follow the state changes nothing. */
  public static NotificationState evolve(NotificationState state, NotificationEvent event) {
    if (!(state instanceof ExistingNotification notification)) {
      return event instanceof MessageRendered rendered && rendered.envelope().sequence() == 1
          ? ExistingNotification.renderedBy(rendered) : state;
    }
    if (event.envelope().sequence() != notification.version() + 1) {
      return state;
    }
    if (event instanceof MessageEdited edited) {
      Map<Channel, ChannelText> texts = new EnumMap<>(notification.texts());
      edited.texts().forEach(text -> texts.put(text.channel(), text));
      return notification.after(event, notification.status(), texts);
    } else if (event instanceof MessageApproved) {
      return notification.after(event, NotificationStatus.APPROVED, notification.texts());
    } else if (event instanceof MessagePostedManually) {
      return notification.after(event, NotificationStatus.POSTED_MANUALLY, notification.texts());
    }
    return state;
  }

  /** Folds a whole history, oldest first. */
  public static NotificationState fold(List<? extends NotificationEvent> history) {
    return Aggregate.fold(NoNotification.INSTANCE, history, NotificationLifecycle::evolve);
  }

  /** A note as recorded: stripped, and null when blank. */
  static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
