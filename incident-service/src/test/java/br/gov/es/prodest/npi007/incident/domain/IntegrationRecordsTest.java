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

/** Given an incident in any status, closed too, when the service desk or monitoring reports, then it is recorded. */
class IntegrationRecordsTest {

  @ParameterizedTest
  @EnumSource(IncidentStatus.class)
  void an_sa_update_is_recorded_without_moving_the_incident(IncidentStatus from) {
    IncidentState state = at(from);

    Decision<IncidentEvent> decision = Incident.decide(saUpdate("c-upd", ServiceRequestState.RESOLVED), state);

    ServiceRequestUpdated updated = onlyEvent(decision, ServiceRequestUpdated.class);
    assertThat(updated.saNumber()).isEqualTo("SA-100");
    assertThat(updated.state()).isEqualTo(ServiceRequestState.RESOLVED);
    assertThat(updated.summary()).isEqualTo("Em atendimento");
    assertThat(after(state, decision).currentStatus()).contains(from);
  }

  @ParameterizedTest
  @EnumSource(IncidentStatus.class)
  void a_resolved_alert_is_recorded_as_evidence_not_as_a_restoration(IncidentStatus from) {
    IncidentState state = at(from);

    Decision<IncidentEvent> decision = Incident.decide(alertResolved("c-alert"), state);

    AlertResolved resolved = onlyEvent(decision, AlertResolved.class);
    assertThat(resolved.fingerprint()).isEqualTo("fp-1");
    assertThat(resolved.resolvedAt()).isEqualTo(TEN_AM.plusSeconds(60));
    assertThat(after(state, decision).currentStatus()).contains(from);
  }

  @Test
  void records_are_retried_without_events_and_need_the_incident() {
    IncidentState state = given(report("c-report", ReportSource.MONITORING), alertResolved("c-alert"),
        saUpdate("c-upd", ServiceRequestState.UPDATED));

    assertThat(events(Incident.decide(alertResolved("c-alert"), state))).isEmpty();
    assertThat(events(Incident.decide(saUpdate("c-upd", ServiceRequestState.UPDATED), state))).isEmpty();
    assertRejected(Incident.decide(saUpdate("c-upd", ServiceRequestState.CLOSED), state),
        Kind.RULE_VIOLATED, "IDEMPOTENCY_KEY_REUSED");
    assertRejected(Incident.decide(alertResolved("c-x"), given()), Kind.NOT_FOUND, "INCIDENT_NOT_FOUND");
    assertRejected(Incident.decide(saUpdate("c-y", ServiceRequestState.UPDATED), given()),
        Kind.NOT_FOUND, "INCIDENT_NOT_FOUND");
    assertRejected(Incident.decide(linkSa("c-z", "SA-1"), given()), Kind.NOT_FOUND, "INCIDENT_NOT_FOUND");
    assertRejected(Incident.decide(triage("c-t", Verdict.NOT_CONFIRMED), given()), Kind.NOT_FOUND,
        "INCIDENT_NOT_FOUND");
    assertRejected(Incident.decide(linkMaintenance("c-m", "M-1"), given()), Kind.NOT_FOUND, "INCIDENT_NOT_FOUND");
  }
}
