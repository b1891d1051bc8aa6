package br.gov.es.prodest.npi007.maintenance.adapter.web;

import br.gov.es.prodest.npi007.maintenance.application.HistoryEntry;
import br.gov.es.prodest.npi007.maintenance.application.MaintenanceView;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One maintenance as the internal API shows it (CONTRACTS.md, issue 5); instants as ISO-8601 UTC
 * text. Listed without its history (null, left out); one maintenance with it.
 */
public record MaintenanceResponse(
    String id,
    String status,
    String component,
    String start,
    String end,
    String purpose,
    boolean causesUnavailability,
    boolean urgent,
    String incidentId,
    String unit,
    List<String> overlapsWith,
    List<ReminderResponse> reminders,
    long version,
    String requestedAt,
    String updatedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<HistoryEntryResponse> history) {

  /** One reminder of the current window. */
  public record ReminderResponse(int leadMinutes, String dueAt, String state) {
  }

  /** One event of the maintenance. */
  public record HistoryEntryResponse(long sequence, String eventId, String type, String occurredAt,
      ActorResponse actor, String origin, Map<String, Object> details) {

    static HistoryEntryResponse of(HistoryEntry entry) {
      return new HistoryEntryResponse(entry.sequence(), entry.eventId(), entry.type(), entry.occurredAt().toString(),
          new ActorResponse(entry.actor().userId(), entry.actor().role().name(), entry.actor().organ()),
          entry.origin().name(), entry.details());
    }
  }

  /** Who caused the event. */
  public record ActorResponse(String userId, String role, String organ) {
  }

  static MaintenanceResponse listed(MaintenanceView view) {
    return of(view, null);
  }

  static MaintenanceResponse of(MaintenanceView view, List<HistoryEntry> history) {
    return new MaintenanceResponse(view.id(), view.status().name(), view.component(), view.start().toString(),
        view.end().toString(), view.purpose(), view.causesUnavailability(), view.urgent(), view.incidentId(),
        view.unit(), view.overlapsWith(), view.reminders().stream().map(reminder -> new ReminderResponse(reminder.leadMinutes(),
            reminder.dueAt().toString(), reminder.state().name())).toList(),
        view.version(), view.requestedAt().toString(), view.updatedAt().toString(),
        history == null ? null : history.stream().map(HistoryEntryResponse::of).toList());
  }
}
