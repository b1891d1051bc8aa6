package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.EventIds;
import br.gov.es.prodest.npi007.aggregate.CommandRejected.Kind;
import br.gov.es.prodest.npi007.aggregate.CommandRejected;
import br.gov.es.prodest.npi007.aggregate.CommandWarning;
import br.gov.es.prodest.npi007.aggregate.Decision;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.Origin;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import static br.gov.es.prodest.npi007.aggregate.Decisions.assertRejected;
import static br.gov.es.prodest.npi007.aggregate.Decisions.onlyEvent;
import static br.gov.es.prodest.npi007.aggregate.Decisions.events;
import static br.gov.es.prodest.npi007.maintenance.domain.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;

class RequestMaintenanceTest {

  @Test
  void a_request_with_enough_notice_is_recorded_as_requested() {
    Decision<MaintenanceEvent> decision = Maintenance.decide(request("c-1"), NoMaintenance.INSTANCE, ALONE);

    MaintenanceRequested requested = onlyEvent(decision, MaintenanceRequested.class);
    assertThat(requested.component()).isEqualTo("SIGEFES");
    assertThat(requested.start()).isEqualTo(START);
    assertThat(requested.end()).isEqualTo(END);
    assertThat(requested.purpose()).isEqualTo("Atualização do banco de dados");
    assertThat(requested.causesUnavailability()).isTrue();
    assertThat(requested.urgent()).isFalse();
    assertThat(requested.overlapsWith()).isEmpty();
    assertThat(requested.envelope().sequence()).isEqualTo(1);
    assertThat(requested.envelope().occurredAt()).isEqualTo(MONDAY_10AM);
    assertThat(requested.envelope().eventId()).isEqualTo(EventIds.named("c-1/1"));
    assertThat(decision.warnings()).isEmpty();
    assertThat(after(NoMaintenance.INSTANCE, events(decision)).currentStatus()).contains(MaintenanceStatus.REQUESTED);
  }

  @Test
  void a_request_may_name_the_incident_it_handles_and_leave_the_purpose_to_the_norm() {
    RequestMaintenance command = new RequestMaintenance("c-1", "corr", MONDAY_10AM, TEAM, Origin.API, null,
        MAINTENANCE, "SIGEFES", START, END, "  ", false, false, "incident-9");

    MaintenanceRequested requested = onlyEvent(Maintenance.decide(command, NoMaintenance.INSTANCE, ALONE),
        MaintenanceRequested.class);

    assertThat(requested.incidentId()).isEqualTo("incident-9");
    assertThat(requested.purpose()).isNull();
  }

  @Test
  void a_request_names_the_unit_responsible_for_the_maintenance_and_a_retry_must_name_the_same() {
    RequestMaintenance command = new RequestMaintenance("c-1", "corr", MONDAY_10AM, TEAM, Origin.API, null,
        MAINTENANCE, "SIGEFES", START, END, null, true, false, null, " GEITIC ");

    Decision<MaintenanceEvent> decision = Maintenance.decide(command, NoMaintenance.INSTANCE, ALONE);

    MaintenanceRequested requested = onlyEvent(decision, MaintenanceRequested.class);
    assertThat(requested.unit()).isEqualTo("GEITIC");
    MaintenanceState state = Maintenance.evolve(NoMaintenance.INSTANCE, requested);
    assertThat(((ExistingMaintenance) state).facts().unit()).isEqualTo("GEITIC");
    RequestMaintenance otherUnit = new RequestMaintenance("c-1", "corr", MONDAY_10AM, TEAM, Origin.API, null,
        MAINTENANCE, "SIGEFES", START, END, null, true, false, null, "GESIT");
    assertRejected(Maintenance.decide(otherUnit, state, ALONE), Kind.RULE_VIOLATED, "IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void a_short_notice_needs_the_urgent_flag_which_is_recorded() {
    Instant inTwoHours = MONDAY_10AM.plus(Duration.ofHours(2));
    Instant inThreeHours = MONDAY_10AM.plus(Duration.ofHours(3));

    Decision<MaintenanceEvent> refused = Maintenance.decide(request("c-1", inTwoHours, inThreeHours, false), NoMaintenance.INSTANCE, ALONE);
    Decision<MaintenanceEvent> urgent = Maintenance.decide(request("c-2", inTwoHours, inThreeHours, true), NoMaintenance.INSTANCE, ALONE);

    assertRejected(refused, Kind.RULE_VIOLATED, "NOTICE_TOO_SHORT");
    assertThat(refused.rejection().orElseThrow().detail())
        .startsWith("O aviso mínimo é de 24 horas; para uma manutenção com aviso menor, informe urgent=true.");
    assertThat(onlyEvent(urgent, MaintenanceRequested.class).urgent()).isTrue();
  }

  @Test
  void the_urgent_flag_is_not_recorded_when_the_notice_was_enough() {
    assertThat(onlyEvent(Maintenance.decide(request("c-1", START, END, true), NoMaintenance.INSTANCE, ALONE),
        MaintenanceRequested.class).urgent()).isFalse();
  }

  @Test
  void the_minimum_notice_is_configurable() {
    Instant inTwoHours = MONDAY_10AM.plus(Duration.ofHours(2));
    DecisionContext oneHour = new DecisionContext(new Policy(Duration.ofHours(1), List.of()), List.of());

    assertThat(events(Maintenance.decide(request("c-1", inTwoHours, inTwoHours.plusSeconds(600), false),
        NoMaintenance.INSTANCE, oneHour))).hasSize(1);
  }

  @Test
  void a_window_that_ends_before_it_starts_is_refused() {
    assertRejected(Maintenance.decide(request("c-1", START, START, false), NoMaintenance.INSTANCE, ALONE),
        Kind.RULE_VIOLATED, "WINDOW_END_NOT_AFTER_START");
    assertRejected(Maintenance.decide(request("c-1", END, START, true), NoMaintenance.INSTANCE, ALONE),
        Kind.RULE_VIOLATED, "WINDOW_END_NOT_AFTER_START");
  }

  @Test
  void a_window_in_the_past_is_refused_even_when_urgent() {
    Decision<MaintenanceEvent> decision = Maintenance.decide(request("c-1", MONDAY_10AM.minusSeconds(60), END, true),
        NoMaintenance.INSTANCE, ALONE);

    assertRejected(decision, Kind.RULE_VIOLATED, "WINDOW_NOT_IN_FUTURE");
    assertThat(decision.rejection().orElseThrow().detail()).contains("09:59");
  }

  @Test
  void a_blank_component_is_refused() {
    RequestMaintenance command = new RequestMaintenance("c-1", "corr", MONDAY_10AM, TEAM, Origin.API, null,
        MAINTENANCE, " ", START, END, null, false, false, null);

    assertRejected(Maintenance.decide(command, NoMaintenance.INSTANCE, ALONE), Kind.RULE_VIOLATED,
        "REQUIRED_FIELD_BLANK");
  }

  @Test
  void a_second_request_for_the_same_id_is_a_conflict() {
    assertRejected(Maintenance.decide(request("c-2"), at(MaintenanceStatus.REQUESTED), ALONE), Kind.CONFLICT,
        "MAINTENANCE_ALREADY_EXISTS");
  }

  @Test
  void the_same_request_again_is_a_retry_with_no_new_event() {
    Decision<MaintenanceEvent> decision = Maintenance.decide(request("c-request"), at(MaintenanceStatus.REQUESTED), ALONE);

    assertThat(events(decision)).isEmpty();
  }

  @Test
  void the_same_command_id_with_another_window_is_a_reused_idempotency_key() {
    Decision<MaintenanceEvent> decision = Maintenance.decide(request("c-request", START, END.plusSeconds(60), false),
        at(MaintenanceStatus.REQUESTED), ALONE);

    assertRejected(decision, Kind.RULE_VIOLATED, "IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void a_stale_expected_version_is_a_conflict() {
    CancelMaintenance stale = new CancelMaintenance("c-x", "corr", MONDAY_10AM, TEAM, Origin.API, 7L, MAINTENANCE, null);

    assertRejected(Maintenance.decide(stale, at(MaintenanceStatus.REQUESTED), ALONE), Kind.CONFLICT,
        "VERSION_MISMATCH");
  }

  @Test
  void an_overlapping_open_window_of_the_same_component_is_flagged_not_refused() {
    DecisionContext others = new DecisionContext(POLICY, List.of(
        new OpenWindow("m-overlap", "sigefes", new Window(END.minusSeconds(60), END.plusSeconds(3600))),
        new OpenWindow("m-accented", "Sígefes ", new Window(START.minusSeconds(3600), START.plusSeconds(1))),
        new OpenWindow("m-back-to-back", "SIGEFES", new Window(END, END.plusSeconds(3600))),
        new OpenWindow("m-other-component", "E-Docs", new Window(START, END)),
        new OpenWindow(MAINTENANCE, "SIGEFES", new Window(START, END))));

    Decision<MaintenanceEvent> decision = Maintenance.decide(request("c-1"), NoMaintenance.INSTANCE, others);

    MaintenanceRequested requested = onlyEvent(decision, MaintenanceRequested.class);
    assertThat(requested.overlapsWith()).containsExactly("m-accented", "m-overlap");
    CommandWarning warning = decision.warnings().get(0);
    assertThat(warning.code()).isEqualTo("MAINTENANCE_WINDOW_OVERLAPS");
    assertThat(warning.relatedIds()).containsExactly("m-accented", "m-overlap");
    assertThat(warning.detail()).contains("se sobrepõe", "m-overlap");
  }

  @Test
  void a_retried_overlapping_request_gets_its_warning_again() {
    DecisionContext others = new DecisionContext(POLICY, List.of(
        new OpenWindow("m-overlap", "SIGEFES", new Window(START, END))));
    Decision<MaintenanceEvent> first = Maintenance.decide(request("c-1"), NoMaintenance.INSTANCE, others);

    Decision<MaintenanceEvent> retry = Maintenance.decide(request("c-1"), after(NoMaintenance.INSTANCE, events(first)), ALONE);

    assertThat(events(retry)).isEmpty();
    assertThat(retry.warnings()).extracting(CommandWarning::relatedIds)
        .containsExactly(List.of("m-overlap"));
  }
}
