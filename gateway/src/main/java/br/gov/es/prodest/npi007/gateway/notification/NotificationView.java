package br.gov.es.prodest.npi007.gateway.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.Map;

/**
 * A rendered message of the norm (6.1-6.6) as the notification-service's outbox shows it (CONTRACTS.md).
 *
 * @param text the rendered text per channel ({@code whatsapp}, {@code email}), only the channels the message has
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NotificationView(
    String id,
    String type,
    String title,
    String incidentId,
    String maintenanceId,
    String status,
    String templateVersion,
    String causationEventId,
    Instant renderedAt,
    String subject,
    Map<String, String> text) {
}
