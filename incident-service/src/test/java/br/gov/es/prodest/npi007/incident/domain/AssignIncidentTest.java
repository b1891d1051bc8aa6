package br.gov.es.prodest.npi007.incident.domain;

import static br.gov.es.prodest.npi007.aggregate.Decisions.assertRejected;
import static br.gov.es.prodest.npi007.aggregate.Decisions.onlyEvent;
import static br.gov.es.prodest.npi007.incident.domain.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.aggregate.CommandRejected.Kind;
import br.gov.es.prodest.npi007.aggregate.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Given an incident, when the team makes a unit responsible for it, then IncidentAssigned or a
 * refusal (issue 15; NPI-007 section 4 and 5.2). Whether the unit is in the catalogue is the
 * gateway's check, before the command exists.
 */
class AssignIncidentTest {

  @ParameterizedTest
  @EnumSource(value = IncidentStatus.class, names = {"REPORTED", "AWAITING_SA", "DETECTED_BY_PRODEST",
      "UNDER_ANALYSIS", "CONFIRMED_GENERAL", "CONFIRMED_RESTRICTED", "MAINTENANCE_SCHEDULED"})
  void an_open_incident_gets_its_unit_and_keeps_its_status(IncidentStatus from) {
    IncidentState state = at(from);

    Decision<IncidentEvent> decision = Incident.decide(assign("c-assign", " GEITIC ", " Rede do datacenter "), state);

    IncidentAssigned assigned = onlyEvent(decision, IncidentAssigned.class);
    assertThat(assigned.unit()).isEqualTo("GEITIC");
    assertThat(assigned.note()).isEqualTo("Rede do datacenter");
    assertThat(assigned.previousUnit()).isNull();
    IncidentState after = after(state, decision);
    assertThat(after.currentStatus()).contains(from);
    assertThat(((ExistingIncident) after).facts().unit()).isEqualTo("GEITIC");
  }

  @Test
  void a_reassignment_names_the_unit_it_replaces_and_the_last_one_is_in_charge() {
    IncidentState state = given(report("c-report", ReportSource.WHATSAPP_GROUP), assign("c-1", "GEITIC", null));

    Decision<IncidentEvent> decision = Incident.decide(assign("c-2", "GESIT", "É a aplicação, não a rede"), state);

    IncidentAssigned reassigned = onlyEvent(decision, IncidentAssigned.class);
    assertThat(reassigned.unit()).isEqualTo("GESIT");
    assertThat(reassigned.previousUnit()).isEqualTo("GEITIC");
    assertThat(((ExistingIncident) after(state, decision)).facts().unit()).isEqualTo("GESIT");
  }

  @Test
  void the_unit_already_in_charge_changes_nothing_and_a_retry_is_answered_as_before() {
    IncidentState state = given(report("c-report", ReportSource.WHATSAPP_GROUP), assign("c-1", "GEITIC", "nota"));

    assertThat(Incident.decide(assign("c-other", "GEITIC", "outra nota"), state).events()).isEmpty();
    assertThat(Incident.decide(assign("c-1", "GEITIC", "nota"), state).events()).isEmpty();
    assertRejected(Incident.decide(assign("c-1", "GESIT", "nota"), state), Kind.RULE_VIOLATED,
        "IDEMPOTENCY_KEY_REUSED");
  }

  @ParameterizedTest
  @EnumSource(value = IncidentStatus.class, names = {"NOT_CONFIRMED", "RESTORED"})
  void a_closed_incident_is_not_assigned(IncidentStatus closed) {
    assertRejected(Incident.decide(assign("c-assign", "GEITIC", null), at(closed)), Kind.CONFLICT, "INCIDENT_CLOSED");
  }

  @Test
  void a_blank_unit_is_refused() {
    assertRejected(Incident.decide(assign("c-assign", "  ", null), at(IncidentStatus.UNDER_ANALYSIS)),
        Kind.RULE_VIOLATED, "REQUIRED_FIELD_BLANK");
  }

  @Test
  void an_assignment_of_a_missing_incident_is_not_found() {
    assertRejected(Incident.decide(assign("c-assign", "GEITIC", null), given()), Kind.NOT_FOUND, "INCIDENT_NOT_FOUND");
  }
}
