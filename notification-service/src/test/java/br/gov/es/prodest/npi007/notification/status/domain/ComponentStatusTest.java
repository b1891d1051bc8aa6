package br.gov.es.prodest.npi007.notification.status.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.IncidentReported;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.IncidentTriaged;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MaintenanceScheduled;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MaintenanceStep;
import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent.MaintenanceStep.Step;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A component's state: UNAVAILABLE over UNDER_MAINTENANCE over OPERATIONAL; overall the worst. */
class ComponentStatusTest {

  static final Instant REPORTED = Instant.parse("2026-12-04T13:00:00Z");
  static final Instant STARTED = Instant.parse("2026-12-05T01:00:00Z");
  static final Instant BACK = Instant.parse("2026-12-03T10:00:00Z");
  static final IncidentRecord ACTIVE = IncidentRecord.fold(List.of(new IncidentReported("i-1", 1, "siga", REPORTED),
      new IncidentTriaged("i-1", 2, "siga", Verdict.CONFIRMED_GENERAL, REPORTED.plusSeconds(600))));
  static final MaintenanceRecord IN_PROGRESS = MaintenanceRecord.fold(List.of(
      new MaintenanceScheduled("m-1", 1, "siga", STARTED, STARTED.plusSeconds(7200), REPORTED),
      new MaintenanceStep("m-1", 2, Step.ANNOUNCED, REPORTED), new MaintenanceStep("m-1", 3, Step.STARTED, STARTED)));

  @Test
  void anActivePublicIncidentMakesItUnavailable_evenUnderMaintenance() {
    ComponentStatus status = ComponentStatus.of(List.of(ACTIVE), List.of(IN_PROGRESS), BACK);

    assertThat(status).isEqualTo(new ComponentStatus(ComponentState.UNAVAILABLE, REPORTED));
  }

  @Test
  void aMaintenanceInProgressWithoutIncident_makesItUnderMaintenance() {
    assertThat(ComponentStatus.of(List.of(), List.of(IN_PROGRESS), BACK))
        .isEqualTo(new ComponentStatus(ComponentState.UNDER_MAINTENANCE, STARTED));
  }

  @Test
  void otherwiseItIsOperational_sinceItLastCameBack() {
    assertThat(ComponentStatus.of(List.of(), List.of(), BACK))
        .isEqualTo(new ComponentStatus(ComponentState.OPERATIONAL, BACK));
    assertThat(ComponentStatus.of(List.of(), List.of(), null).since()).isNull();
  }

  @Test
  void overallIsTheWorstOfThePublicComponents() {
    ComponentStatus operational = new ComponentStatus(ComponentState.OPERATIONAL, null);
    ComponentStatus maintenance = new ComponentStatus(ComponentState.UNDER_MAINTENANCE, STARTED);
    ComponentStatus unavailable = new ComponentStatus(ComponentState.UNAVAILABLE, REPORTED);

    assertThat(ComponentStatus.overall(List.of(operational, maintenance))).isEqualTo(ComponentState.UNDER_MAINTENANCE);
    assertThat(ComponentStatus.overall(List.of(maintenance, unavailable, operational)))
        .isEqualTo(ComponentState.UNAVAILABLE);
    assertThat(ComponentStatus.overall(List.of())).isEqualTo(ComponentState.OPERATIONAL);
  }
}
