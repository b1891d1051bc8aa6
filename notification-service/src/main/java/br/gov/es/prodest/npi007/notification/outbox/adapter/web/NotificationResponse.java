package br.gov.es.prodest.npi007.notification.outbox.adapter.web;

import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.outbox.application.OutboxEntry;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A notification as the internal API shows it (CONTRACTS.md, "A notification"). */
record NotificationResponse(
    String id,
    String type,
    String title,
    String incidentId,
    String maintenanceId,
    String status,
    String templateVersion,
    String causationEventId,
    String renderedAt,
    String subject,
    Map<String, String> text) {

  static NotificationResponse of(OutboxEntry entry) {
    Map<String, String> text = new LinkedHashMap<>();
    for (ChannelText channelText : entry.texts()) {
      text.put(channelText.channel().name().toLowerCase(Locale.ROOT), channelText.text());
    }
    return new NotificationResponse(entry.id(), entry.type(), entry.title(), entry.incidentId(),
        entry.maintenanceId(), entry.status().name(), entry.templateVersion(), entry.causationEventId(),
        entry.renderedAt() == null ? null : entry.renderedAt().toString(),
        entry.on(Channel.EMAIL).map(ChannelText::subject).orElse(null), text);
  }
}
