package br.gov.es.prodest.npi007.gateway.maintenance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A maintenance as the maintenance-service's register shows it (CONTRACTS.md, issue 5). Listed
 * without its history; one maintenance with it.
 *
 * @param overlapsWith ids of other open maintenances of the component whose windows intersect this one
 * @param reminders    the reminders of the current window
 * @param version      the aggregate's version: the {@code ETag} of the maintenance, and what {@code If-Match} names
 * @param history      the maintenance's events, in sequence order (one maintenance only)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MaintenanceView(
    String id,
    String status,
    String component,
    Instant start,
    Instant end,
    String purpose,
    Boolean causesUnavailability,
    Boolean urgent,
    String incidentId,
    String unit,
    List<String> overlapsWith,
    List<Reminder> reminders,
    Long version,
    Instant requestedAt,
    Instant updatedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<HistoryEntry> history) {

  /**
   * One reminder before the window (6.5-lembrete).
   *
   * @param leadMinutes how long before the start it is due
   * @param state       PENDING, SENT or SKIPPED
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Reminder(Integer leadMinutes, Instant dueAt, String state) {
  }

  /**
   * One event of the maintenance.
   *
   * @param type    the event's name, e.g. MaintenanceRescheduled
   * @param details the event's own fields, passed on as the service gives them
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record HistoryEntry(long sequence, String eventId, String type, Instant occurredAt, Actor actor,
      String origin, JsonNode details) {
  }

  /** Who acted: a user of the gateway (TEAM), or the maintenance-service's timers. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Actor(String userId, String role, String organ) {
  }
}
