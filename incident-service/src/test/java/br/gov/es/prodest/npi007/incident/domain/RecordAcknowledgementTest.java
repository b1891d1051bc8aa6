package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.CommandRejected.Kind;
import br.gov.es.prodest.npi007.aggregate.Decision;
import br.gov.es.prodest.npi007.aggregate.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static br.gov.es.prodest.npi007.aggregate.Decisions.assertRejected;
import static br.gov.es.prodest.npi007.aggregate.Decisions.onlyEvent;
import static br.gov.es.prodest.npi007.aggregate.Decisions.events;
import static br.gov.es.prodest.npi007.incident.domain.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Given an incident, when its 6.1 reached the group, then ReportAcknowledged. NPI-007 5.2.2.1. */
class RecordAcknowledgementTest {

  @Test
  void a_reported_incident_awaits_its_sa_once_acknowledged() {
    IncidentState state = at(IncidentStatus.REPORTED);

    Decision<IncidentEvent> decision = Incident.decide(acknowledge("c-ack", "n-1"), state);

    ReportAcknowledged acknowledged = onlyEvent(decision, ReportAcknowledged.class);
    assertThat(acknowledged.notificationId()).isEqualTo("n-1");
    assertThat(acknowledged.envelope().sequence()).isEqualTo(2);
    assertThat(acknowledged.envelope().actor().role()).isEqualTo(Role.SYSTEM);
    IncidentState after = after(state, decision);
    assertThat(after.currentStatus()).contains(IncidentStatus.AWAITING_SA);
    assertThat(((ExistingIncident) after).facts().acknowledgements()).containsExactly("n-1");
  }

  @ParameterizedTest
  @EnumSource(value = IncidentStatus.class, names = "REPORTED", mode = EnumSource.Mode.EXCLUDE)
  void on_any_other_status_closed_too_it_is_recorded_and_the_status_stays(IncidentStatus from) {
    IncidentState state = at(from);

    Decision<IncidentEvent> decision = Incident.decide(acknowledge("c-late", "n-late"), state);

    assertThat(onlyEvent(decision, ReportAcknowledged.class).notificationId()).isEqualTo("n-late");
    assertThat(after(state, decision).currentStatus()).contains(from);
  }

  @Test
  void the_same_notification_again_by_another_command_is_accepted_without_an_event() {
    assertThat(events(Incident.decide(acknowledge("c-again", "n-6.1"), at(IncidentStatus.AWAITING_SA)))).isEmpty();
  }

  @Test
  void a_retried_command_is_accepted_without_an_event() {
    assertThat(events(Incident.decide(acknowledge("c-ack", "n-6.1"), at(IncidentStatus.AWAITING_SA)))).isEmpty();
  }

  @Test
  void the_same_command_for_another_notification_is_a_reused_key() {
    assertRejected(Incident.decide(acknowledge("c-ack", "n-other"), at(IncidentStatus.AWAITING_SA)),
        Kind.RULE_VIOLATED, "IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void a_second_joined_report_acknowledged_is_recorded_too() {
    IncidentState state = at(IncidentStatus.AWAITING_SA);

    Decision<IncidentEvent> decision = Incident.decide(acknowledge("c-ack-2", "n-joined"), state);

    assertThat(onlyEvent(decision, ReportAcknowledged.class).notificationId()).isEqualTo("n-joined");
    assertThat(after(state, decision).currentStatus()).contains(IncidentStatus.AWAITING_SA);
  }

  @Test
  void a_missing_incident_is_not_found() {
    assertRejected(Incident.decide(acknowledge("c-ack", "n-1"), NoIncident.INSTANCE), Kind.NOT_FOUND,
        "INCIDENT_NOT_FOUND");
  }
}
