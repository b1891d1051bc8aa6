package br.gov.es.prodest.npi007.gateway.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A rendered message of the norm (6.1-6.6) as the notification-service's outbox shows it
 * (CONTRACTS.md, with the review additions of issue 4).
 *
 * @param status  PENDING_REVIEW, APPROVED, POSTED_MANUALLY, ...
 * @param text    the current text per channel ({@code whatsapp}, {@code email}; edited if ASCOM edited it),
 *                only the channels the message has
 * @param version the notification's version: its {@code ETag}, and what {@code If-Match} names
 * @param history the notification's events (the delivery events too), in sequence order
 * @param deliveries each delivery target and its outcome, passed on untouched as the notification-service
 *                   gives it (CONTRACTS.md, "Delivery"); left out when the service gives none
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
    Map<String, String> text,
    Long version,
    List<HistoryEntry> history,
    @Schema(description = "Entregas da mensagem: [{deliveryId, channel, provider, recipient, status "
        + "(SENT|DELIVERED|FAILED|DEAD), attempts, lastReason, nextAttemptAt, providerMessageId, uncertain}]")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    JsonNode deliveries) {

  /**
   * One event of the notification: rendered, edited, approved, posted manually.
   *
   * @param sequence its position in the notification's stream, from 1
   * @param type     the event's name, e.g. MessageApproved
   * @param actor    who caused it
   * @param details  what the event set (e.g. the edited text, ASCOM's note), passed on as the service gives it
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record HistoryEntry(long sequence, String type, Instant occurredAt, Actor actor, JsonNode details) {
  }

  /** Who acted: a user of the gateway (ASCOM), or the notification-service itself. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Actor(String userId, String role, String organ) {
  }
}
