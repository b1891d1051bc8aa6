package br.gov.es.prodest.npi007.notification.status.adapter.web;

import br.gov.es.prodest.npi007.notification.status.application.StatusViews.ComponentDetail;
import br.gov.es.prodest.npi007.notification.status.application.StatusViews.ComponentRef;
import br.gov.es.prodest.npi007.notification.status.application.StatusViews.ComponentView;
import br.gov.es.prodest.npi007.notification.status.application.StatusViews.IncidentUpdate;
import br.gov.es.prodest.npi007.notification.status.application.StatusViews.IncidentView;
import br.gov.es.prodest.npi007.notification.status.application.StatusViews.MaintenanceView;
import br.gov.es.prodest.npi007.notification.status.application.StatusViews.Overview;
import br.gov.es.prodest.npi007.notification.status.application.StatusViews.StatusUpdate;
import br.gov.es.prodest.npi007.notification.status.domain.DayAvailability;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The public status as the internal API shows it (CONTRACTS.md, "The public status read side"):
 * times as ISO-8601 UTC instants, dates {@code yyyy-MM-dd}.
 */
final class StatusResponses {

  private StatusResponses() {
  }

  record OverviewResponse(String lastChangedAt, String overall, List<ComponentResponse> components,
      List<IncidentResponse> incidents, List<MaintenanceResponse> maintenances) {
  }

  record ComponentDetailResponse(String lastChangedAt, ComponentResponse component, List<DayResponse> history,
      List<IncidentResponse> incidents, List<MaintenanceResponse> maintenances) {
  }

  record ComponentResponse(String slug, String name, String group, String state, String since) {
  }

  record RefResponse(String slug, String name) {
  }

  record IncidentResponse(String id, RefResponse component, String state, String startedAt, String restoredAt,
      List<IncidentUpdateResponse> updates) {
  }

  record IncidentUpdateResponse(String id, String message, String title, String text, String publishedAt) {
  }

  record MaintenanceResponse(String id, RefResponse component, String state, String start, String end) {
  }

  record DayResponse(String date, int minutesUnavailable, BigDecimal availability) {
  }

  /** An entry of the feed: {@code incidentId} or {@code maintenanceId}, the other left out. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record UpdateResponse(String id, String kind, RefResponse component, String title, String text, String publishedAt,
      String incidentId, String maintenanceId) {
  }

  static OverviewResponse of(Overview overview) {
    return new OverviewResponse(time(overview.lastChangedAt()), overview.overall().name(),
        overview.components().stream().map(StatusResponses::of).toList(),
        overview.incidents().stream().map(StatusResponses::of).toList(),
        overview.maintenances().stream().map(StatusResponses::of).toList());
  }

  static ComponentDetailResponse of(ComponentDetail detail) {
    return new ComponentDetailResponse(time(detail.lastChangedAt()), of(detail.component()),
        detail.history().stream().map(StatusResponses::of).toList(),
        detail.incidents().stream().map(StatusResponses::of).toList(),
        detail.maintenances().stream().map(StatusResponses::of).toList());
  }

  static UpdateResponse of(StatusUpdate update) {
    return new UpdateResponse(update.id(), update.kind(), of(update.component()), update.title(), update.text(),
        time(update.publishedAt()), update.incidentId(), update.maintenanceId());
  }

  private static ComponentResponse of(ComponentView component) {
    return new ComponentResponse(component.slug(), component.name(), component.group(), component.state().name(),
        time(component.since()));
  }

  private static IncidentResponse of(IncidentView incident) {
    return new IncidentResponse(incident.id(), of(incident.component()), incident.state(), time(incident.startedAt()),
        time(incident.restoredAt()), incident.updates().stream().map(StatusResponses::of).toList());
  }

  private static IncidentUpdateResponse of(IncidentUpdate update) {
    return new IncidentUpdateResponse(update.id(), update.message(), update.title(), update.text(),
        time(update.publishedAt()));
  }

  private static MaintenanceResponse of(MaintenanceView maintenance) {
    return new MaintenanceResponse(maintenance.id(), of(maintenance.component()), maintenance.state().name(),
        time(maintenance.start()), time(maintenance.end()));
  }

  private static DayResponse of(DayAvailability day) {
    return new DayResponse(day.date().toString(), day.minutesUnavailable(), day.availability());
  }

  private static RefResponse of(ComponentRef ref) {
    return new RefResponse(ref.slug(), ref.name());
  }

  private static String time(Instant instant) {
    return Objects.toString(instant, null);
  }
}
