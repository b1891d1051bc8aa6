package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.CommandRejected;
import br.gov.es.prodest.npi007.aggregate.Decision;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import static br.gov.es.prodest.npi007.aggregate.Decisions.onlyEvent;
import static org.assertj.core.api.Assertions.assertThat;

/** Given the incident's events, when a ReportIncident command arrives, then these events or this refusal. */
class ReportIncidentTest {

  private static final Instant TEN_AM = Instant.parse("2025-03-10T13:00:00Z");
  private static final String INCIDENT = "7d5a3c1e-0000-4000-8000-000000000001";
  private static final String FIRST_COMMAND = "c0ffee00-0000-4000-8000-000000000001";
  private static final String OTHER_COMMAND = "c0ffee00-0000-4000-8000-000000000002";
  private static final Actor SESA_MANAGER = new Actor("maria.sesa", Role.NOTIFIER, "SESA");

  @Test
  void a_client_report_opens_a_reported_incident_with_ids_derived_from_the_command() {
    Decision<IncidentEvent> decision = when(report(FIRST_COMMAND, ReportSource.WHATSAPP_GROUP));

    String expectedEventId = UUID.nameUUIDFromBytes((FIRST_COMMAND + "/1").getBytes(StandardCharsets.UTF_8)).toString();
    assertThat(decision).isEqualTo(new Decision.Accepted(List.of(new IncidentReported(
        new Envelope(expectedEventId, INCIDENT, 1, TEN_AM, SESA_MANAGER, Origin.API, FIRST_COMMAND, "corr-1"),
        "SIGEFES", "SESA", "Sistema fora do ar", ReportSource.WHATSAPP_GROUP, "Maria"))));
    IncidentReported reported = (IncidentReported) decision.events().get(0);
    assertThat(reported.status()).isEqualTo(IncidentStatus.REPORTED);
  }

  @ParameterizedTest
  @CsvSource({
      "WHATSAPP_GROUP, REPORTED",
      "SERVICE_DESK, REPORTED",
      "MONITORING, DETECTED_BY_PRODEST",
      "INTERNAL_TEST, DETECTED_BY_PRODEST",
      "INTERNAL_COMPLAINT, DETECTED_BY_PRODEST"})
  void the_source_of_a_report_sets_the_status_the_incident_opens_with(ReportSource source, IncidentStatus status) {
    IncidentState state = given(reported(FIRST_COMMAND, source));

    assertThat(state).isInstanceOf(OpenIncident.class);
    assertThat(state.currentStatus()).contains(status);
    assertThat(state.version()).isEqualTo(1);
  }

  @Test
  void a_report_that_names_its_unit_opens_the_incident_in_that_units_charge() {
    ReportIncident byMonitoring = report(FIRST_COMMAND, ReportSource.MONITORING).namingUnit("GEITIC", null);

    Decision<IncidentEvent> decision = when(byMonitoring);

    IncidentReported reported = onlyEvent(decision, IncidentReported.class);
    assertThat(reported.unit()).isEqualTo("GEITIC");
    assertThat(reported.unrecognisedUnit()).isNull();
    assertThat(((ExistingIncident) Incident.evolve(new NoIncident(), reported)).facts().unit()).isEqualTo("GEITIC");
  }

  @Test
  void a_unit_outside_the_catalogue_is_recorded_as_sent_and_no_unit_is_in_charge() {
    ReportIncident byMonitoring = report(FIRST_COMMAND, ReportSource.MONITORING).namingUnit(null, "infra-rede");

    Decision<IncidentEvent> decision = when(byMonitoring);

    IncidentReported reported = onlyEvent(decision, IncidentReported.class);
    assertThat(reported.unit()).isNull();
    assertThat(reported.unrecognisedUnit()).isEqualTo("infra-rede");
    assertThat(((ExistingIncident) Incident.evolve(new NoIncident(), reported)).facts().unit()).isNull();
  }

  @Test
  void the_same_command_id_with_other_content_is_a_reused_idempotency_key() {
    IncidentState state = given(reported(FIRST_COMMAND, ReportSource.WHATSAPP_GROUP));

    Decision<IncidentEvent> decision = Incident.decide(report(FIRST_COMMAND, ReportSource.MONITORING), state);

    assertThat(decision.rejection()).hasValueSatisfying(rejected -> {
      assertThat(rejected.kind()).isEqualTo(CommandRejected.Kind.RULE_VIOLATED);
      assertThat(rejected.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
    });
  }

  @Test
  void the_same_command_again_is_a_retry_accepted_without_new_events() {
    IncidentState state = given(reported(FIRST_COMMAND, ReportSource.WHATSAPP_GROUP));

    Decision<IncidentEvent> decision = Incident.decide(report(FIRST_COMMAND, ReportSource.WHATSAPP_GROUP), state);

    assertThat(decision).isEqualTo(new Decision.Accepted(List.of()));
    assertThat(state.currentStatus()).contains(IncidentStatus.REPORTED);
  }

  @Test
  void another_command_reporting_an_existing_incident_is_a_conflict() {
    IncidentState state = given(reported(FIRST_COMMAND, ReportSource.WHATSAPP_GROUP));

    Decision<IncidentEvent> decision = Incident.decide(report(OTHER_COMMAND, ReportSource.WHATSAPP_GROUP), state);

    assertThat(decision.rejection()).hasValueSatisfying(rejected -> {
      assertThat(rejected.kind()).isEqualTo(CommandRejected.Kind.CONFLICT);
      assertThat(rejected.code()).isEqualTo("INCIDENT_ALREADY_EXISTS");
      assertThat(rejected.detail()).contains(INCIDENT).contains("já foi registrado");
    });
  }

  @ParameterizedTest
  @CsvSource({"component, componente", "organ, órgão", "description, descrição", "reportedBy, relatou"})
  void a_report_without_a_required_field_violates_a_rule(String field, String wordInDetail) {
    ReportIncident complete = report(FIRST_COMMAND, ReportSource.SERVICE_DESK);
    ReportIncident blank = new ReportIncident(complete.commandId(), complete.correlationId(), complete.issuedAt(),
        complete.actor(), complete.origin(), null, complete.incidentId(),
        field.equals("component") ? " " : complete.component(),
        field.equals("organ") ? "" : complete.organ(),
        field.equals("description") ? "\t" : complete.description(),
        complete.source(),
        field.equals("reportedBy") ? null : complete.reportedBy());

    Decision<IncidentEvent> decision = when(blank);

    assertThat(decision.rejection()).hasValueSatisfying(rejected -> {
      assertThat(rejected.kind()).isEqualTo(CommandRejected.Kind.RULE_VIOLATED);
      assertThat(rejected.code()).isEqualTo("REQUIRED_FIELD_BLANK");
      assertThat(rejected.detail()).contains(wordInDetail);
    });
  }

  @Test
  void a_command_expecting_another_version_is_a_conflict() {
    ReportIncident stale = withExpectedVersion(report(FIRST_COMMAND, ReportSource.MONITORING), 3L);

    Decision<IncidentEvent> decision = when(stale);

    assertThat(decision.rejection()).hasValueSatisfying(rejected -> {
      assertThat(rejected.kind()).isEqualTo(CommandRejected.Kind.CONFLICT);
      assertThat(rejected.code()).isEqualTo("VERSION_MISMATCH");
    });
  }

  @Test
  void a_command_expecting_the_current_version_is_decided() {
    ReportIncident current = withExpectedVersion(report(FIRST_COMMAND, ReportSource.MONITORING), 0L);

    assertThat(when(current)).isInstanceOf(Decision.Accepted.class);
  }

  private static IncidentState given(IncidentEvent... history) {
    return Incident.fold(Arrays.asList(history));
  }

  private static Decision when(IncidentCommand command) {
    return Incident.decide(command, given());
  }

  private static IncidentReported reported(String commandId, ReportSource source) {
    return (IncidentReported) ((Decision.Accepted) when(report(commandId, source))).events().get(0);
  }

  private static ReportIncident report(String commandId, ReportSource source) {
    return new ReportIncident(commandId, "corr-1", TEN_AM, SESA_MANAGER, Origin.API, null, INCIDENT,
        "SIGEFES", "SESA", "Sistema fora do ar", source, "Maria");
  }

  private static ReportIncident withExpectedVersion(ReportIncident command, Long version) {
    return new ReportIncident(command.commandId(), command.correlationId(), command.issuedAt(), command.actor(),
        command.origin(), version, command.incidentId(), command.component(), command.organ(),
        command.description(), command.source(), command.reportedBy());
  }
}
