package br.gov.es.prodest.npi007.notification.outbox.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import java.time.Instant;
import java.util.ArrayList;
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

  private final List<NotificationEvent> given = new ArrayList<>();
  private Decision decision;

  static Scenario given(NotificationEvent... events) {
    Scenario scenario = new Scenario();
    scenario.given.addAll(List.of(events));
    return scenario;
  }

  Scenario when(NotificationCommand command) {
    decision = NotificationLifecycle.decide(command, NotificationLifecycle.replay(given));
    return this;
  }

  List<NotificationEvent> thenEvents() {
    assertThat(decision).isInstanceOf(Decision.Accepted.class);
    return ((Decision.Accepted) decision).events();
  }

  /** The state once the new events are applied after the given ones. */
  ExistingNotification thenState() {
    List<NotificationEvent> all = new ArrayList<>(given);
    all.addAll(thenEvents());
    return (ExistingNotification) NotificationLifecycle.replay(all);
  }

  CommandRejected thenRejected(CommandRejected.Kind kind, String code) {
    assertThat(decision).isInstanceOfSatisfying(CommandRejected.class, rejected -> {
      assertThat(rejected.kind()).isEqualTo(kind);
      assertThat(rejected.code()).isEqualTo(code);
      assertThat(rejected.detail()).isNotBlank();
    });
    return (CommandRejected) decision;
  }

  public static MessageRendered rendered(boolean reviewRequired) {
    return new MessageRendered(new Envelope("rendered-event", NOTIFICATION, 1, RENDERED_AT, Actor.NOTIFICATION_SERVICE,
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
    return new Envelope(Envelope.nameUuid(commandId + "/" + sequence), NOTIFICATION, sequence, NOW, ASCOM, Origin.API,
        commandId, "correlation-" + commandId);
  }
}
