package br.gov.es.prodest.npi007.incident.domain;

import static br.gov.es.prodest.npi007.aggregate.Decisions.events;
import static br.gov.es.prodest.npi007.incident.domain.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Given an incident's history, which of its events close it and free its component. */
class IncidentClosureTest {

  @Test
  void not_confirming_the_incident_closes_it() {
    IncidentEvent triaged = last(report("c-report", ReportSource.WHATSAPP_GROUP),
        triage("c-triage", Verdict.NOT_CONFIRMED));

    assertThat(IncidentClosure.by(triaged)).contains(new IncidentClosure(INCIDENT, "SIGEFES"));
  }

  @ParameterizedTest
  @EnumSource(value = Verdict.class, names = {"CONFIRMED_GENERAL", "CONFIRMED_RESTRICTED"})
  void confirming_the_incident_keeps_it_open(Verdict verdict) {
    IncidentEvent triaged = last(report("c-report", ReportSource.WHATSAPP_GROUP), triage("c-triage", verdict));

    assertThat(IncidentClosure.by(triaged)).isEmpty();
  }

  @Test
  void restoring_the_service_closes_it() {
    IncidentEvent restored = last(report("c-report", ReportSource.WHATSAPP_GROUP),
        triage("c-triage", Verdict.CONFIRMED_GENERAL), restore("c-restore"));

    assertThat(IncidentClosure.by(restored)).contains(new IncidentClosure(INCIDENT, "SIGEFES"));
  }

  @Test
  void the_closure_agrees_with_the_status_the_incident_reaches() {
    for (Verdict verdict : Verdict.values()) {
      IncidentEvent triaged = last(report("c-report", ReportSource.WHATSAPP_GROUP), triage("c-triage", verdict));
      IncidentState after = given(report("c-report", ReportSource.WHATSAPP_GROUP), triage("c-triage", verdict));

      assertThat(IncidentClosure.by(triaged).isPresent()).as("%s", verdict)
          .isEqualTo(after.currentStatus().orElseThrow().closed());
    }
  }

  @Test
  void other_events_close_nothing() {
    IncidentEvent linked = last(report("c-report", ReportSource.WHATSAPP_GROUP), linkSa("c-sa", "SA-1"));

    assertThat(IncidentClosure.by(linked)).isEmpty();
  }

  // The last event the commands cause, each decided on the state the earlier ones left.
  private static IncidentEvent last(IncidentCommand... commands) {
    IncidentState state = NoIncident.INSTANCE;
    IncidentEvent last = null;
    for (IncidentCommand command : commands) {
      List<IncidentEvent> events = events(Incident.decide(command, state));
      for (IncidentEvent event : events) {
        state = Incident.evolve(state, event);
        last = event;
      }
    }
    return last;
  }
}
