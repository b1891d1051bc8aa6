package br.gov.es.prodest.npi007.notification.outbox.adapter.kafka;

import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.approvedBy;
import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.envelope;
import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.pendingReview;
import static br.gov.es.prodest.npi007.notification.outbox.domain.Scenario.postedBy;

import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageEdited;
import br.gov.es.prodest.npi007.notification.outbox.domain.NoNotification;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationLifecycle;
import br.gov.es.prodest.npi007.notification.outbox.domain.Scenario;
import br.gov.es.prodest.npi007.notification.outbox.domain.TextEdit;
import java.util.ArrayList;
import java.util.List;

/** Histories a notification really has, from the domain tests' fixtures, for the store's tests. */
final class NotificationHistories {

  static final String EDITED = "*PRODEST Informa: Aviso*\n\nO Portal está fora do ar desde as 2h.";
  static final TextEdit WHATSAPP_EDIT = new TextEdit(Channel.WHATSAPP, null, EDITED);
  static final String NOTE = "postado no grupo às 3h";

  private NotificationHistories() {
  }

  static List<NotificationEvent> pending() {
    return List.of(pendingReview());
  }

  /** An AUTO message: rendered and approved by the service, both under the rendering's command id. */
  static List<NotificationEvent> approvedOnRendering() {
    return NotificationLifecycle.admit(Scenario.rendered(false), NoNotification.INSTANCE);
  }

  /** ASCOM edited WhatsApp's text and approved it with command c-1. */
  static List<NotificationEvent> editedAndApproved() {
    return List.of(pendingReview(),
        new MessageEdited(envelope("c-1", 2), List.of(new ChannelText(Channel.WHATSAPP, null, EDITED, null))),
        approvedBy("c-1", 3));
  }

  /** Then posted it by hand with command c-2. */
  static List<NotificationEvent> editedApprovedAndPosted() {
    List<NotificationEvent> events = new ArrayList<>(editedAndApproved());
    events.add(postedBy("c-2", 4, NOTE));
    return events;
  }

  static List<List<NotificationEvent>> all() {
    return List.of(pending(), approvedOnRendering(), editedAndApproved(), editedApprovedAndPosted(),
        List.of(pendingReview(), postedBy("c-1", 2, null)));
  }
}
