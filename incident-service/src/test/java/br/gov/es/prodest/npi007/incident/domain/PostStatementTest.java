package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.CommandRejected.Kind;
import br.gov.es.prodest.npi007.aggregate.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static br.gov.es.prodest.npi007.aggregate.Decisions.assertRejected;
import static br.gov.es.prodest.npi007.aggregate.Decisions.onlyEvent;
import static br.gov.es.prodest.npi007.incident.domain.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Given an incident, when management posts a statement, then StatementPosted or a refusal. NPI-007 5.2.3. */
class PostStatementTest {

  @ParameterizedTest
  @EnumSource(value = IncidentStatus.class, names = {"CONFIRMED_GENERAL", "CONFIRMED_RESTRICTED",
      "MAINTENANCE_SCHEDULED"})
  void a_confirmation_is_posted_on_a_confirmed_incident_and_changes_nothing(IncidentStatus from) {
    IncidentState state = at(from);

    Decision<IncidentEvent> decision = Incident.decide(statement("c-say", StatementKind.CONFIRMATION, " Estamos cientes. "), state);

    StatementPosted posted = onlyEvent(decision, StatementPosted.class);
    assertThat(posted.kind()).isEqualTo(StatementKind.CONFIRMATION);
    assertThat(posted.text()).isEqualTo("Estamos cientes.");
    assertThat(after(state, decision).currentStatus()).contains(from);
  }

  @ParameterizedTest
  @EnumSource(value = IncidentStatus.class, names = {"REPORTED", "DETECTED_BY_PRODEST", "UNDER_ANALYSIS",
      "NOT_CONFIRMED", "RESTORED"})
  void a_confirmation_elsewhere_is_not_allowed(IncidentStatus from) {
    assertRejected(Incident.decide(statement("c-say", StatementKind.CONFIRMATION, "Texto"), at(from)),
        Kind.CONFLICT, "STATEMENT_NOT_ALLOWED");
  }

  // NPI-007 5.2.3.2: the one act allowed on a closed incident.
  @Test
  void a_restoration_statement_is_posted_on_a_restored_incident() {
    IncidentState state = at(IncidentStatus.RESTORED);

    Decision<IncidentEvent> decision = Incident.decide(statement("c-say", StatementKind.RESTORATION, "Serviço normalizado"), state);

    assertThat(onlyEvent(decision, StatementPosted.class).kind()).isEqualTo(StatementKind.RESTORATION);
    assertThat(after(state, decision).currentStatus()).contains(IncidentStatus.RESTORED);
  }

  @ParameterizedTest
  @EnumSource(value = IncidentStatus.class, names = {"REPORTED", "UNDER_ANALYSIS", "CONFIRMED_GENERAL",
      "MAINTENANCE_SCHEDULED", "NOT_CONFIRMED"})
  void a_restoration_statement_elsewhere_is_not_allowed(IncidentStatus from) {
    assertRejected(Incident.decide(statement("c-say", StatementKind.RESTORATION, "Texto"), at(from)),
        Kind.CONFLICT, "STATEMENT_NOT_ALLOWED");
  }

  @Test
  void a_blank_statement_is_refused() {
    assertRejected(Incident.decide(statement("c-say", StatementKind.CONFIRMATION, " "),
        at(IncidentStatus.CONFIRMED_GENERAL)), Kind.RULE_VIOLATED, "REQUIRED_FIELD_BLANK");
  }

  @Test
  void the_statement_records_who_speaks_the_office_and_the_unit() {
    IncidentState state = at(IncidentStatus.CONFIRMED_GENERAL);

    Decision<IncidentEvent> decision = Incident.decide(statement("c-say", StatementKind.CONFIRMATION,
        "Confirmamos a indisponibilidade.", SpeakerOffice.DIRECTOR, " DSTEM "), state);

    StatementPosted posted = onlyEvent(decision, StatementPosted.class);
    assertThat(posted.office()).isEqualTo(SpeakerOffice.DIRECTOR);
    assertThat(posted.unit()).isEqualTo("DSTEM");
  }

  @Test
  void a_statement_that_does_not_say_who_speaks_is_still_posted() {
    StatementPosted posted = onlyEvent(Incident.decide(statement("c-say", StatementKind.CONFIRMATION, "Texto"),
        at(IncidentStatus.CONFIRMED_GENERAL)), StatementPosted.class);

    assertThat(posted.office()).isNull();
    assertThat(posted.unit()).isNull();
  }

  @Test
  void a_retry_that_names_another_speaker_is_a_reused_idempotency_key() {
    IncidentState state = given(reaching(IncidentStatus.CONFIRMED_GENERAL));
    state = after(state, Incident.decide(statement("c-say", StatementKind.CONFIRMATION, "Texto",
        SpeakerOffice.MANAGER, "GESIT"), state));

    assertThat(Incident.decide(statement("c-say", StatementKind.CONFIRMATION, "Texto", SpeakerOffice.MANAGER,
        "GESIT"), state).events()).isEmpty();
    assertRejected(Incident.decide(statement("c-say", StatementKind.CONFIRMATION, "Texto", SpeakerOffice.PRESIDENT,
        "GESIT"), state), Kind.RULE_VIOLATED, "IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void a_statement_on_a_missing_incident_is_not_found() {
    assertRejected(Incident.decide(statement("c-say", StatementKind.CONFIRMATION, "Texto"), given()),
        Kind.NOT_FOUND, "INCIDENT_NOT_FOUND");
  }
}
