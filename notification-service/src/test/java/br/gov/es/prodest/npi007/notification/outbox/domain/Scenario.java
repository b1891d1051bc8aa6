package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.aggregate.Aggregate;
import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.AggregateFixture;
import br.gov.es.prodest.npi007.aggregate.CommandMetadata;
import br.gov.es.prodest.npi007.aggregate.CommandRejected;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.EventIds;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import java.time.Instant;
import java.util.List;

/** Given events, when a command, then events or a refusal: fixed ids and clock (the adapters' tests reuse them). */
public final class Scenario {

  public static final String NOTIFICATION = "notification-1";
  public static final Instant RENDERED_AT = Instant.parse("2025-03-15T02:30:00Z");
  public static final Instant NOW = Instant.parse("2025-03-15T02:40:00Z");
  public static final Actor ASCOM = new Actor("ana.ascom", Role.ASCOM, "PRODEST");
  public static final String WHATSAPP_TEXT = "*PRODEST Informa: Aviso*\n\nO Portal está fora do ar.";
  public static final String SUBJECT = "PRODEST Informa: Aviso";
  public static final String EMAIL_TEXT = SUBJECT + "\n\nO Portal está fora do ar.";

  private static final AggregateFixture<NotificationCommand, NotificationEvent, NotificationState> FIXTURE =
      new AggregateFixture<>(NotificationLifecycle.AGGREGATE);

  private final AggregateFixture<NotificationCommand, NotificationEvent, NotificationState>.Given given;
  private AggregateFixture<NotificationCommand, NotificationEvent, NotificationState>.Then then;

  private Scenario(AggregateFixture<NotificationCommand, NotificationEvent, NotificationState> fixture,
      NotificationEvent... events) {
    this.given = fixture.given(events);
  }

  static Scenario given(NotificationEvent... events) {
    return new Scenario(FIXTURE, events);
  }

  /** Given the notification's events and what its deliveries have come to. */
  static Scenario given(DeliveryProgress deliveries, NotificationEvent... events) {
    return new Scenario(new AggregateFixture<>(Aggregate.of(NoNotification.INSTANCE,
        (command, state) -> NotificationLifecycle.decide(command, state, deliveries), NotificationLifecycle::evolve)),
        events);
  }

  Scenario when(NotificationCommand command) {
    then = given.when(command);
    return this;
  }

  List<NotificationEvent> thenEvents() {
    return then.events();
  }

  /** The state once the new events are applied after the given ones. */
  ExistingNotification thenState() {
    thenEvents();
    return (ExistingNotification) then.after();
  }

  CommandRejected thenRejected(CommandRejected.Kind kind, String code) {
    return then.thenRejected(kind, code);
  }

  public static MessageRendered rendered(boolean reviewRequired) {
    return new MessageRendered(new Envelope("rendered-event", NOTIFICATION, 1, RENDERED_AT, NotificationLifecycle.NOTIFICATION_SERVICE,
        Origin.SYSTEM, "incident-command", "correlation-1"), MessageTemplate.UNAVAILABILITY_NOTICE, "incident-1", null,
        "incident-event", "abc123def456", SUBJECT, List.of(
            new ChannelText(Channel.WHATSAPP, null, WHATSAPP_TEXT, null),
            new ChannelText(Channel.EMAIL, SUBJECT, EMAIL_TEXT, "<p>original</p>")), reviewRequired);
  }

  public static MessageRendered pendingReview() {
    return rendered(true);
  }

  public static MessageApproved approvedBy(String commandId, long sequence) {
    return new MessageApproved(envelope(commandId, sequence));
  }

  public static MessagePostedManually postedBy(String commandId, long sequence, String note) {
    return new MessagePostedManually(envelope(commandId, sequence), note);
  }

  public static ApproveMessage approve(String commandId, TextEdit... edits) {
    return new ApproveMessage(metadata(commandId), NOTIFICATION, List.of(edits));
  }

  public static MarkMessagePosted markPosted(String commandId, String note) {
    return new MarkMessagePosted(metadata(commandId), NOTIFICATION, note);
  }

  public static CommandMetadata metadata(String commandId) {
    return new CommandMetadata(commandId, "correlation-" + commandId, NOW, ASCOM, Origin.API, null);
  }

  public static Envelope envelope(String commandId, long sequence) {
    return new Envelope(EventIds.causedBy(commandId, sequence), NOTIFICATION, sequence, NOW, ASCOM, Origin.API,
        commandId, "correlation-" + commandId);
  }
}
