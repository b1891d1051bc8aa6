package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.CommandRejected.Kind;
import br.gov.es.prodest.npi007.aggregate.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static br.gov.es.prodest.npi007.aggregate.Decisions.assertRejected;
import static br.gov.es.prodest.npi007.aggregate.Decisions.onlyEvent;
import static br.gov.es.prodest.npi007.aggregate.Decisions.events;
import static br.gov.es.prodest.npi007.incident.domain.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Given an incident, when its service is restored, then ServiceRestored or a refusal. NPI-007 5.2.2.5. */
class RestoreServiceTest {

  @ParameterizedTest
  @EnumSource(value = IncidentStatus.class, names = {"CONFIRMED_GENERAL", "CONFIRMED_RESTRICTED",
      "MAINTENANCE_SCHEDULED"})
  void a_confirmed_incident_is_restored_and_closed(IncidentStatus from) {
    IncidentState state = at(from);

    Decision<IncidentEvent> decision = Incident.decide(restore("c-back"), state);

    ServiceRestored restored = onlyEvent(decision, ServiceRestored.class);
    assertThat(restored.component()).isEqualTo("SIGEFES");
    assertThat(restored.note()).isEqualTo("Servidor reiniciado");
    IncidentState after = after(state, decision);
    assertThat(after).isInstanceOf(ClosedIncident.class);
    assertThat(after.currentStatus()).contains(IncidentStatus.RESTORED);
  }

  @ParameterizedTest
  @EnumSource(value = IncidentStatus.class, names = {"REPORTED", "DETECTED_BY_PRODEST", "UNDER_ANALYSIS"})
  void an_unconfirmed_incident_is_not_restored(IncidentStatus from) {
    assertRejected(Incident.decide(restore("c-back"), at(from)), Kind.CONFLICT, "INCIDENT_NOT_CONFIRMED");
  }

  @ParameterizedTest
  @EnumSource(value = IncidentStatus.class, names = {"NOT_CONFIRMED", "RESTORED"})
  void a_closed_incident_is_not_restored(IncidentStatus closed) {
    assertRejected(Incident.decide(restore("c-back"), at(closed)), Kind.CONFLICT, "INCIDENT_CLOSED");
  }

  @Test
  void a_retried_restoration_is_accepted_without_events() {
    assertThat(events(Incident.decide(restore("c-restore"), at(IncidentStatus.RESTORED)))).isEmpty();
  }

  @Test
  void a_command_on_a_missing_incident_is_not_found() {
    assertRejected(Incident.decide(restore("c-back"), given()), Kind.NOT_FOUND, "INCIDENT_NOT_FOUND");
  }
}
