package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.CommandRejected.Kind;
import br.gov.es.prodest.npi007.aggregate.Decision;
import br.gov.es.prodest.npi007.aggregate.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static br.gov.es.prodest.npi007.aggregate.Decisions.assertRejected;
import static br.gov.es.prodest.npi007.aggregate.Decisions.onlyEvent;
import static br.gov.es.prodest.npi007.aggregate.Decisions.events;
import static br.gov.es.prodest.npi007.incident.domain.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Given an incident, when the team triages it, then IncidentTriaged or a refusal. NPI-007 5.2.2.2 to 5.2.2.4. */
class TriageIncidentTest {

  @ParameterizedTest
  @EnumSource(value = IncidentStatus.class, names = {"REPORTED", "AWAITING_SA", "DETECTED_BY_PRODEST",
      "UNDER_ANALYSIS"})
  void each_verdict_on_an_untriaged_incident_sets_its_status(IncidentStatus from) {
    for (Verdict verdict : Verdict.values()) {
      IncidentState state = at(from);

      Decision<IncidentEvent> decision = Incident.decide(triage("c-verdict", verdict), state);

      IncidentTriaged triaged = onlyEvent(decision, IncidentTriaged.class);
      assertThat(triaged.component()).isEqualTo("SIGEFES");
      assertThat(triaged.verdict()).isEqualTo(verdict);
      assertThat(triaged.impact()).isEqualTo(verdict.confirmed() ? "acesso ao sistema" : null);
      assertThat(triaged.organ()).isEqualTo(verdict == Verdict.CONFIRMED_RESTRICTED ? "SESA" : null);
      IncidentState after = after(state, decision);
      assertThat(after.currentStatus()).contains(verdict.status());
      assertThat(after).isInstanceOf(verdict.confirmed() ? OpenIncident.class : ClosedIncident.class);
    }
  }

  @ParameterizedTest
  @EnumSource(value = IncidentStatus.class, names = {"CONFIRMED_GENERAL", "CONFIRMED_RESTRICTED",
      "MAINTENANCE_SCHEDULED"})
  void a_triaged_incident_is_not_triaged_again(IncidentStatus triaged) {
    assertRejected(Incident.decide(triage("c-again", Verdict.CONFIRMED_GENERAL), at(triaged)),
        Kind.CONFLICT, "ALREADY_TRIAGED");
  }

  @ParameterizedTest
  @EnumSource(value = IncidentStatus.class, names = {"NOT_CONFIRMED", "RESTORED"})
  void a_closed_incident_is_not_triaged(IncidentStatus closed) {
    assertRejected(Incident.decide(triage("c-again", Verdict.CONFIRMED_GENERAL), at(closed)),
        Kind.CONFLICT, "INCIDENT_CLOSED");
  }

  @ParameterizedTest
  @EnumSource(value = Verdict.class, names = {"CONFIRMED_GENERAL", "CONFIRMED_RESTRICTED"})
  void a_confirmed_verdict_needs_its_impact(Verdict verdict) {
    assertRejected(Incident.decide(triage("c-verdict", verdict, "  ", "SESA"), at(IncidentStatus.REPORTED)),
        Kind.RULE_VIOLATED, "IMPACT_REQUIRED");
  }

  @Test
  void a_restricted_verdict_needs_its_organ() {
    assertRejected(Incident.decide(triage("c-verdict", Verdict.CONFIRMED_RESTRICTED, "acesso", null),
        at(IncidentStatus.REPORTED)), Kind.RULE_VIOLATED, "ORGAN_REQUIRED");
  }

  @Test
  void a_retried_triage_is_accepted_without_events_even_after_closing() {
    IncidentState state = at(IncidentStatus.NOT_CONFIRMED);

    assertThat(events(Incident.decide(triage("c-triage", Verdict.NOT_CONFIRMED), state))).isEmpty();
    assertRejected(Incident.decide(triage("c-triage", Verdict.CONFIRMED_GENERAL), state),
        Kind.RULE_VIOLATED, "IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void the_expected_version_is_checked_before_the_status() {
    TriageIncident stale = new TriageIncident("c-late", "corr", TEN_AM, TEAM, Origin.API, 1L, INCIDENT,
        Verdict.CONFIRMED_GENERAL, "acesso", null);

    assertRejected(Incident.decide(stale, at(IncidentStatus.CONFIRMED_GENERAL)), Kind.CONFLICT, "VERSION_MISMATCH");
    assertThat(Incident.decide(stale, at(IncidentStatus.REPORTED))).isInstanceOf(Decision.Accepted.class);
  }
}
