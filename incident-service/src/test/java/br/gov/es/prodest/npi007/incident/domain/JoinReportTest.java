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

/** Given an open incident, when a report of its component is routed to it, then ReportJoined or a refusal. */
class JoinReportTest {

  private static final String OWN_ID = "7d5a3c1e-0000-4000-8000-000000000099";

  @ParameterizedTest
  @EnumSource(value = IncidentStatus.class, names = {"REPORTED", "DETECTED_BY_PRODEST", "UNDER_ANALYSIS",
      "CONFIRMED_GENERAL", "CONFIRMED_RESTRICTED", "MAINTENANCE_SCHEDULED"})
  void a_routed_report_joins_the_open_incident_and_leaves_its_status(IncidentStatus from) {
    IncidentState state = at(from);

    Decision<IncidentEvent> decision = Incident.decide(joining("c-join", OWN_ID), state);

    ReportJoined joined = onlyEvent(decision, ReportJoined.class);
    assertThat(joined.envelope().aggregateId()).isEqualTo(INCIDENT);
    assertThat(joined.organ()).isEqualTo("SEDU");
    assertThat(joined.source()).isEqualTo(ReportSource.WHATSAPP_GROUP);
    IncidentState after = after(state, decision);
    assertThat(after.currentStatus()).contains(from);
    assertThat(after.version()).isEqualTo(state.version() + 1);
  }

  @ParameterizedTest
  @EnumSource(value = IncidentStatus.class, names = {"NOT_CONFIRMED", "RESTORED"})
  void a_report_routed_to_an_incident_closed_meanwhile_is_refused(IncidentStatus closed) {
    assertRejected(Incident.decide(joining("c-join", OWN_ID), at(closed)), Kind.CONFLICT, "INCIDENT_CLOSED");
  }

  @Test
  void a_joined_report_retried_after_the_incident_closed_is_accepted_without_events() {
    IncidentState state = given(report("c-report", ReportSource.WHATSAPP_GROUP), joining("c-join", OWN_ID),
        triage("c-triage", Verdict.NOT_CONFIRMED));

    assertThat(events(Incident.decide(joining("c-join", OWN_ID), state))).isEmpty();
  }

  @Test
  void a_routed_report_whose_incident_never_opened_opens_it() {
    Decision<IncidentEvent> decision = Incident.decide(joining("c-join", OWN_ID), given());

    assertThat(onlyEvent(decision, IncidentReported.class).envelope().aggregateId()).isEqualTo(INCIDENT);
  }
}
