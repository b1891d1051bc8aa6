package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.Decision;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import static br.gov.es.prodest.npi007.aggregate.Decisions.onlyEvent;
import static br.gov.es.prodest.npi007.aggregate.Decisions.events;
import static br.gov.es.prodest.npi007.maintenance.domain.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;

class RecordAnnouncementTest {

  @Test
  void the_delivered_6_5_announces_a_requested_maintenance() {
    MaintenanceState state = at(MaintenanceStatus.REQUESTED);

    Decision<MaintenanceEvent> decision = Maintenance.decide(announced("c-a", "n-1", "6.5"), state, ALONE);

    MaintenanceAnnounced announced = onlyEvent(decision, MaintenanceAnnounced.class);
    assertThat(announced.notificationId()).isEqualTo("n-1");
    assertThat(announced.messageId()).isEqualTo("6.5");
    assertThat(after(state, events(decision)).currentStatus()).contains(MaintenanceStatus.ANNOUNCED);
  }

  @Test
  void the_delivered_rescheduling_notice_announces_a_rescheduled_maintenance() {
    MaintenanceState state = at(MaintenanceStatus.RESCHEDULED);

    Decision<MaintenanceEvent> decision = Maintenance.decide(announced("c-a", "n-2", "6.5-reagendamento"), state, ALONE);

    assertThat(after(state, events(decision)).currentStatus()).contains(MaintenanceStatus.ANNOUNCED);
  }

  @Test
  void a_late_6_5_of_a_window_since_moved_is_recorded_but_announces_nothing() {
    MaintenanceState state = at(MaintenanceStatus.RESCHEDULED);

    Decision<MaintenanceEvent> decision = Maintenance.decide(announced("c-a", "n-1", "6.5"), state, ALONE);

    assertThat(events(decision)).hasSize(1);
    assertThat(after(state, events(decision)).currentStatus()).contains(MaintenanceStatus.RESCHEDULED);
  }

  @Test
  void an_announcement_on_a_started_or_closed_maintenance_is_recorded_and_changes_no_status() {
    for (MaintenanceStatus status : new MaintenanceStatus[] {MaintenanceStatus.IN_PROGRESS,
        MaintenanceStatus.COMPLETED, MaintenanceStatus.CANCELLED}) {
      MaintenanceState state = at(status);

      Decision<MaintenanceEvent> decision = Maintenance.decide(announced("c-a", "n-1", "6.5"), state, ALONE);

      assertThat(events(decision)).hasSize(1);
      assertThat(after(state, events(decision)).currentStatus()).contains(status);
    }
  }

  @Test
  void the_same_notification_again_causes_no_event() {
    MaintenanceState state = at(MaintenanceStatus.ANNOUNCED);

    assertThat(events(Maintenance.decide(announced("c-other", "n-65", "6.5"), state, ALONE))).isEmpty();
  }

  @Test
  void a_reschedule_after_the_announcement_needs_its_own_notice() {
    MaintenanceState state = given(request("c-r"), announced("c-a", "n-1", "6.5"),
        reschedule("c-m", START.plus(Duration.ofDays(1)), END.plus(Duration.ofDays(1))));

    assertThat(state.currentStatus()).contains(MaintenanceStatus.RESCHEDULED);
  }
}
