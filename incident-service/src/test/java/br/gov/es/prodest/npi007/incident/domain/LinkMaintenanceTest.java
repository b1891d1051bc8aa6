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

/** Given an incident, when a maintenance is linked, then MaintenanceLinked or a refusal. NPI-007 5.2.1.3. */
class LinkMaintenanceTest {

  @ParameterizedTest
  @EnumSource(value = IncidentStatus.class, names = {"REPORTED", "AWAITING_SA", "DETECTED_BY_PRODEST",
      "UNDER_ANALYSIS", "CONFIRMED_GENERAL", "CONFIRMED_RESTRICTED"})
  void an_open_incident_is_scheduled_for_maintenance(IncidentStatus from) {
    IncidentState state = at(from);

    Decision<IncidentEvent> decision = Incident.decide(linkMaintenance("c-m", "M-7"), state);

    assertThat(onlyEvent(decision, MaintenanceLinked.class).maintenanceId()).isEqualTo("M-7");
    IncidentState after = after(state, decision);
    assertThat(after.currentStatus()).contains(IncidentStatus.MAINTENANCE_SCHEDULED);
    assertThat(((ExistingIncident) after).facts().maintenanceId()).isEqualTo("M-7");
  }

  @Test
  void another_maintenance_is_refused() {
    assertRejected(Incident.decide(linkMaintenance("c-m", "M-2"), at(IncidentStatus.MAINTENANCE_SCHEDULED)),
        Kind.CONFLICT, "MAINTENANCE_ALREADY_LINKED");
  }

  @ParameterizedTest
  @EnumSource(value = IncidentStatus.class, names = {"NOT_CONFIRMED", "RESTORED"})
  void a_closed_incident_takes_no_maintenance(IncidentStatus closed) {
    assertRejected(Incident.decide(linkMaintenance("c-m", "M-1"), at(closed)), Kind.CONFLICT, "INCIDENT_CLOSED");
  }

  @Test
  void a_retried_link_is_accepted_without_events() {
    assertThat(events(Incident.decide(linkMaintenance("c-maint", "M-1"), at(IncidentStatus.MAINTENANCE_SCHEDULED))))
        .isEmpty();
  }
}
