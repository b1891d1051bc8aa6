package br.gov.es.prodest.npi007.notification.status.application;

import br.gov.es.prodest.npi007.notification.status.domain.ComponentState;
import br.gov.es.prodest.npi007.notification.status.domain.DayAvailability;
import br.gov.es.prodest.npi007.notification.status.domain.MaintenanceState;
import java.time.Instant;
import java.util.List;

/** The answers of the public status, in the shapes of CONTRACTS.md ("The public status read side"). */
public final class StatusViews {

  private StatusViews() {
  }

  public record ComponentRef(String slug, String name) {
  }

  /** @param since when it entered its state, or null */
  public record ComponentView(String slug, String name, String group, ComponentState state, Instant since) {
  }

  /** @param state {@code UNAVAILABLE} while active, {@code RESTORED} after */
  public record IncidentView(String id, ComponentRef component, String state, Instant startedAt, Instant restoredAt,
      List<IncidentUpdate> updates) {
  }

  /** @param message the norm's message, {@code 6.3} or {@code 6.4} */
  public record IncidentUpdate(String id, String message, String title, String text, Instant publishedAt) {
  }

  public record MaintenanceView(String id, ComponentRef component, MaintenanceState state, Instant start,
      Instant end) {
  }

  public record Overview(Instant lastChangedAt, ComponentState overall, List<ComponentView> components,
      List<IncidentView> incidents, List<MaintenanceView> maintenances) {
  }

  public record ComponentDetail(Instant lastChangedAt, ComponentView component, List<DayAvailability> history,
      List<IncidentView> incidents, List<MaintenanceView> maintenances) {
  }

  /**
   * One entry of the updates feed.
   *
   * @param kind {@code INCIDENT_UPDATE} (with {@code incidentId}) or {@code MAINTENANCE} (with {@code maintenanceId})
   */
  public record StatusUpdate(String id, String kind, ComponentRef component, String title, String text,
      Instant publishedAt, String incidentId, String maintenanceId) {
  }
}
