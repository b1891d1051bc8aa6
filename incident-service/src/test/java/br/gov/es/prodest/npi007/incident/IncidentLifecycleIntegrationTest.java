package br.gov.es.prodest.npi007.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.AlertResolved;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.LinkServiceRequest;
import br.gov.es.prodest.npi007.avro.incident.PostStatement;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.ReportJoined;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.incident.RestoreService;
import br.gov.es.prodest.npi007.avro.incident.ServiceRequestLinked;
import br.gov.es.prodest.npi007.avro.incident.ServiceRequestState;
import br.gov.es.prodest.npi007.avro.incident.ServiceRequestUpdated;
import br.gov.es.prodest.npi007.avro.incident.StatementKind;
import br.gov.es.prodest.npi007.avro.incident.TriageIncident;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import br.gov.es.prodest.npi007.avro.monitoring.AlertReceived;
import br.gov.es.prodest.npi007.avro.monitoring.AlertStatus;
import br.gov.es.prodest.npi007.avro.servicedesk.ServiceRequestEvent;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The lifecycle, report joining and the SA and alert intake, through the real topics. */
class IncidentLifecycleIntegrationTest extends RunningIncidentService {

  private static final Instant TEN_AM = Instant.parse("2025-03-10T13:00:00Z");
  private static final Actor TEAM = new Actor("joao", Role.TEAM, "PRODEST", null);

  @Test
  void an_incident_goes_through_its_lifecycle_with_each_event_once_and_in_order() {
    String incident = UUID.randomUUID().toString();
    List<SpecificRecord> commands = List.of(
        report(incident, "Ciclo " + incident),
        LinkServiceRequest.newBuilder().setMetadata(metadata()).setIncidentId(incident).setSaNumber("SA-" + incident)
            .build(),
        new TriageIncident(metadata(), incident, Verdict.CONFIRMED_GENERAL, "acesso", null),
        new RestoreService(metadata(), incident, "reiniciado"),
        new PostStatement(metadata(), incident, StatementKind.RESTORATION, "Serviço normalizado", null, null));

    for (SpecificRecord command : commands) {
      send(Topics.INCIDENT_COMMANDS, incident, command);
      assertThat(awaitResults(commandId(command), 1).get(0).getAccepted()).isTrue();
    }

    assertThat(eventsOf(incident)).extracting(event -> event.getClass().getSimpleName()).containsExactly(
        "IncidentReported", "ServiceRequestLinked", "IncidentTriaged", "ServiceRestored", "StatementPosted");
    JsonNode shown = awaitJson("/internal/incidents/" + incident, found -> found.get("version").asLong() == 5);
    assertThat(shown.get("status").asString()).isEqualTo("RESTORED");
    assertThat(shown.get("closed").asBoolean()).isTrue();
    assertThat(shown.get("verdict").asString()).isEqualTo("CONFIRMED_GENERAL");
    assertThat(shown.get("saNumber").asString()).isEqualTo("SA-" + incident);
    JsonNode timeline = awaitJson("/internal/incidents/" + incident + "/timeline", found -> found.size() == 5);
    assertThat(timeline.get(2).get("type").asString()).isEqualTo("IncidentTriaged");
    assertThat(timeline.get(2).get("details").get("impact").asString()).isEqualTo("acesso");
    assertThat(timeline.get(2).get("actor").get("userId").asString()).isEqualTo("joao");
    assertThat(timeline.get(4).get("sequence").asLong()).isEqualTo(5);
  }

  @Test
  void a_second_report_of_the_component_joins_and_after_closure_a_new_one_opens() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String first = UUID.randomUUID().toString();
    String second = UUID.randomUUID().toString();
    ReportIncident opening = report(first, "Portal do Cidadão " + suffix);
    send(Topics.INCIDENT_COMMANDS, first, opening);
    assertThat(awaitResults(opening.getMetadata().getCommandId(), 1).get(0).getAggregateId()).isEqualTo(first);
    ReportIncident same = report(second, "  PORTAL   do cidadao " + suffix.toUpperCase() + " ");
    send(Topics.INCIDENT_COMMANDS, second, same);

    CommandResult joined = awaitResults(same.getMetadata().getCommandId(), 1).get(0);
    assertThat(joined.getAccepted()).isTrue();
    assertThat(joined.getAggregateId()).isEqualTo(first);
    assertThat(eventsOf(first)).hasExactlyElementsOfTypes(IncidentReported.class, ReportJoined.class);

    TriageIncident notConfirmed = new TriageIncident(metadata(), first, Verdict.NOT_CONFIRMED, null, null);
    send(Topics.INCIDENT_COMMANDS, first, notConfirmed);
    awaitResults(notConfirmed.getMetadata().getCommandId(), 1);
    assertThat(eventsOf(first)).last().isInstanceOf(IncidentTriaged.class);

    // The router learns the closure from the events: until then a report would still be routed to the closed one.
    await().atMost(PATIENCE).until(() -> {
      String third = UUID.randomUUID().toString();
      ReportIncident later = report(third, "portal do cidadão " + suffix);
      send(Topics.INCIDENT_COMMANDS, third, later);
      CommandResult result = awaitResults(later.getMetadata().getCommandId(), 1).get(0);
      return result.getAccepted() && result.getAggregateId().equals(third);
    });
  }

  @Test
  void sa_events_link_record_and_dead_letter_what_matches_no_incident() {
    String incident = UUID.randomUUID().toString();
    ReportIncident reported = report(incident, "SA intake " + incident);
    send(Topics.INCIDENT_COMMANDS, incident, reported);
    // an SA names an incident that exists: the organ opens it after the report
    awaitResults(reported.getMetadata().getCommandId(), 1);
    String sa = "SA-" + incident.substring(0, 8);

    send(Topics.SERVICE_DESK_EVENTS, sa, saEvent(sa, ServiceRequestState.OPENED, incident));
    await().atMost(PATIENCE).until(() -> eventsOf(incident).size() == 2);
    send(Topics.SERVICE_DESK_EVENTS, sa, saEvent(sa, ServiceRequestState.RESOLVED, null));
    await().atMost(PATIENCE).until(() -> eventsOf(incident).size() == 3);
    String unknown = "SA-desconhecida-" + incident.substring(0, 8);
    send(Topics.SERVICE_DESK_EVENTS, unknown, saEvent(unknown, ServiceRequestState.UPDATED, null));

    assertThat(eventsOf(incident)).hasExactlyElementsOfTypes(IncidentReported.class, ServiceRequestLinked.class,
        ServiceRequestUpdated.class);
    assertThat(((ServiceRequestUpdated) eventsOf(incident).get(2)).getState()).isEqualTo(ServiceRequestState.RESOLVED);
    var dead = await().atMost(PATIENCE).until(() -> topic(Topics.INCIDENT_SERVICE_DEAD_LETTERS).matching(record ->
        new String(record.key(), StandardCharsets.UTF_8).equals(unknown)), found -> !found.isEmpty()).get(0);
    assertThat(new String(dead.headers().lastHeader(Topics.DeadLetterHeaders.REASON).value(), StandardCharsets.UTF_8))
        .contains(unknown).contains("não indica incidente");
  }

  @Test
  void an_sa_event_naming_an_incident_that_does_not_exist_is_refused_into_the_dead_letters() {
    String missing = UUID.randomUUID().toString();
    String sa = "SA-" + missing.substring(0, 8);

    send(Topics.SERVICE_DESK_EVENTS, sa, saEvent(sa, ServiceRequestState.OPENED, missing));

    var dead = await().atMost(PATIENCE).until(() -> topic(Topics.INCIDENT_SERVICE_DEAD_LETTERS).matching(record ->
        reasonOf(record).contains("INCIDENT_NOT_FOUND") && reasonOf(record).contains(missing)), found -> !found.isEmpty());
    assertThat(dead).hasSize(1);
    assertThat(eventsOf(missing)).isEmpty();
  }

  private static String reasonOf(org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]> record) {
    var reason = record.headers().lastHeader(Topics.DeadLetterHeaders.REASON);
    return reason == null ? "" : new String(reason.value(), StandardCharsets.UTF_8);
  }

  @Test
  void a_firing_alert_sent_again_and_repeated_opens_one_incident_and_its_resolution_is_recorded_on_it() {
    String fingerprint = "fp-" + UUID.randomUUID();
    Instant startsAt = TEN_AM;
    AlertReceived firing = alert(fingerprint, AlertStatus.FIRING, startsAt, null, TEN_AM.plusSeconds(5));
    String incident = UUID.nameUUIDFromBytes(("alert-incident/" + fingerprint + "/" + startsAt.toEpochMilli())
        .getBytes(StandardCharsets.UTF_8)).toString();

    double reports = accepted("ReportIncident");
    send(Topics.MONITORING_ALERTS, fingerprint, firing);
    send(Topics.MONITORING_ALERTS, fingerprint, firing);
    send(Topics.MONITORING_ALERTS, fingerprint, alert(fingerprint, AlertStatus.FIRING, startsAt, null,
        TEN_AM.plusSeconds(4 * 3600)));
    send(Topics.MONITORING_ALERTS, fingerprint, alert(fingerprint, AlertStatus.RESOLVED, startsAt,
        TEN_AM.plusSeconds(600), TEN_AM.plusSeconds(601)));

    await().atMost(PATIENCE).until(() -> eventsOf(incident).size() >= 2);
    List<SpecificRecord> events = eventsOf(incident);
    assertThat(events).hasExactlyElementsOfTypes(IncidentReported.class, AlertResolved.class);
    IncidentReported reported = (IncidentReported) events.get(0);
    assertThat(reported.getSource()).isEqualTo(ReportSource.MONITORING);
    assertThat(reported.getReportedBy()).isEqualTo("alertmanager: SigefesDown");
    assertThat(((AlertResolved) events.get(1)).getResolvedAt()).isEqualTo(TEN_AM.plusSeconds(600));
    String firingCommand = reported.getEnvelope().getCommandId();
    // the three firing copies were decided and accepted (two as retries); nobody waits for their results
    await().atMost(PATIENCE).until(() -> accepted("ReportIncident") >= reports + 3);
  }

  private static ReportIncident report(String incidentId, String component) {
    return new ReportIncident(metadata(), incidentId, component, "SESA", "Fora do ar", ReportSource.WHATSAPP_GROUP,
        "Maria", null, null, null, null, null, null);
  }

  private static CommandMetadata metadata() {
    return new CommandMetadata(UUID.randomUUID().toString(), UUID.randomUUID().toString(), TEN_AM, TEAM, Origin.API,
        null);
  }

  private static String commandId(SpecificRecord command) {
    return ((CommandMetadata) command.get(command.getSchema().getField("metadata").pos())).getCommandId();
  }

  private static ServiceRequestEvent saEvent(String sa, ServiceRequestState state, String incidentId) {
    return new ServiceRequestEvent(UUID.randomUUID().toString(), sa, state, "SESA", "Sistema lento", incidentId,
        TEN_AM, TEN_AM);
  }

  private static AlertReceived alert(String fingerprint, AlertStatus status, Instant startsAt, Instant endsAt,
      Instant receivedAt) {
    return new AlertReceived(fingerprint, status, "SigefesDown", "Alerta " + fingerprint, "PRODEST", null, startsAt,
        endsAt, Map.of("alertname", "SigefesDown"), "alertmanager", receivedAt, null, null);
  }
}
