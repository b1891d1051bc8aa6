package br.gov.es.prodest.npi007.notification.tracking.adapter.web;

import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationStatus;
import br.gov.es.prodest.npi007.notification.tracking.application.DeliveryView;
import br.gov.es.prodest.npi007.notification.tracking.application.HistoryEntry;
import br.gov.es.prodest.npi007.notification.tracking.application.OutboxEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A notification as the internal API shows it (CONTRACTS.md, "A notification" and "ASCOM's review"). */
record NotificationResponse(
    String id,
    String type,
    String title,
    String incidentId,
    String maintenanceId,
    String status,
    long version,
    String templateVersion,
    String causationEventId,
    String renderedAt,
    String subject,
    Map<String, String> text,
    List<DeliveryResponses.DeliveryResponse> deliveries,
    List<HistoryResponse> history) {

  /** The entry with its deliveries: the status computed from both, the delivery events after its own. */
  static NotificationResponse of(OutboxEntry entry, NotificationStatus status, DeliveryView deliveries) {
    List<HistoryResponse> history = new ArrayList<>(entry.history().stream().map(HistoryResponse::of).toList());
    history.addAll(DeliveryResponses.history(deliveries));
    return new NotificationResponse(entry.id(), entry.type(), entry.title(), entry.incidentId(),
        entry.maintenanceId(), status.name(), entry.version(), entry.templateVersion(),
        entry.causationEventId(), entry.renderedAt() == null ? null : entry.renderedAt().toString(),
        entry.on(Channel.EMAIL).map(ChannelText::subject).orElse(null), texts(entry.texts()),
        DeliveryResponses.deliveries(deliveries), history);
  }

  static Map<String, String> texts(List<ChannelText> texts) {
    Map<String, String> text = new LinkedHashMap<>();
    for (ChannelText channelText : texts) {
      text.put(channelText.channel().name().toLowerCase(Locale.ROOT), channelText.text());
    }
    return text;
  }

  /**
   * One event of the notification.
   *
   * @param details what the event set: {@code text} (and {@code subject}) of a rendering or an edit,
   *                ASCOM's {@code note} on a manual posting
   */
  record HistoryResponse(long sequence, String type, String occurredAt, ActorResponse actor,
      Map<String, Object> details) {

    static HistoryResponse of(HistoryEntry entry) {
      Map<String, Object> details = new LinkedHashMap<>();
      if (!entry.texts().isEmpty()) {
        details.put("text", texts(entry.texts()));
        entry.texts().stream().filter(text -> text.channel() == Channel.EMAIL).findFirst()
            .ifPresent(email -> details.put("subject", email.subject()));
      }
      if (entry.note() != null) {
        details.put("note", entry.note());
      }
      return new HistoryResponse(entry.sequence(), entry.type(), entry.occurredAt().toString(),
          new ActorResponse(entry.actor().userId(), entry.actor().role().name(), entry.actor().organ()), details);
    }
  }

  record ActorResponse(String userId, String role, String organ) {
  }
}
