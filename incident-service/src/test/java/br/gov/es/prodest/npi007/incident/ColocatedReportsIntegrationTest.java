package br.gov.es.prodest.npi007.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.ReportJoined;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.incident.TriageIncident;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import br.gov.es.prodest.npi007.schemas.IncidentPlacement;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Reports whose incident ids live on their component's partition (issue 10: one exactly-once hop)
 * behave as every report did: they open, join and close; and they join an open incident of an
 * earlier version, whose id lives on another partition.
 */
class ColocatedReportsIntegrationTest extends RunningIncidentService {

  private static final Instant TEN_AM = Instant.parse("2025-03-10T13:00:00Z");
  private static final Actor TEAM = new Actor("joao", Role.TEAM, "PRODEST", null);

  @Test
  void placed_reports_open_join_and_after_closure_open_a_new_incident() {
    String component = "Portal do Cidadão " + UUID.randomUUID().toString().substring(0, 8);
    String first = IncidentPlacement.incidentId(UUID.randomUUID().toString(), component);
    ReportIncident opening = report(first, component);
    send(Topics.INCIDENT_COMMANDS, first, opening);
    assertThat(awaitResults(opening.getMetadata().getCommandId(), 1).get(0).getAggregateId()).isEqualTo(first);

    String spelledOtherwise = "  PORTAL   do cidadao " + component.substring(component.length() - 8).toUpperCase() + " ";
    String second = IncidentPlacement.incidentId(UUID.randomUUID().toString(), spelledOtherwise);
    // a post of the WhatsApp group turned into a report (issue 14): re-addressed, it keeps its evidence
    ReportIncident same = ReportIncident.newBuilder(report(second, spelledOtherwise)).setPostId("wamid.HBgM")
        .setPostedAt(TEN_AM).setPostText("O portal caiu de novo").setPostedBy("Ana").build();
    send(Topics.INCIDENT_COMMANDS, second, same);
    CommandResult joined = awaitResults(same.getMetadata().getCommandId(), 1).get(0);
    assertThat(joined.getAccepted()).isTrue();
    assertThat(joined.getAggregateId()).isEqualTo(first);
    assertThat(eventsOf(first)).hasExactlyElementsOfTypes(IncidentReported.class, ReportJoined.class);
    assertThat((ReportJoined) eventsOf(first).get(1)).satisfies(event -> {
      assertThat(event.getPostId()).isEqualTo("wamid.HBgM");
      assertThat(event.getPostText()).isEqualTo("O portal caiu de novo");
      assertThat(event.getPostedBy()).isEqualTo("Ana");
    });
    assertThat(eventsOf(second)).isEmpty();

    TriageIncident notConfirmed = new TriageIncident(metadata(), first, Verdict.NOT_CONFIRMED, null, null);
    send(Topics.INCIDENT_COMMANDS, first, notConfirmed);
    assertThat(awaitResults(notConfirmed.getMetadata().getCommandId(), 1).get(0).getAccepted()).isTrue();
    assertThat(eventsOf(first)).last().isInstanceOf(IncidentTriaged.class);

    // the router learns the closure from the events, as before
    await().atMost(PATIENCE).until(() -> {
      String third = IncidentPlacement.incidentId(UUID.randomUUID().toString(), component);
      ReportIncident later = report(third, component);
      send(Topics.INCIDENT_COMMANDS, third, later);
      CommandResult result = awaitResults(later.getMetadata().getCommandId(), 1).get(0);
      return result.getAccepted() && result.getAggregateId().equals(third);
    });
  }

  @Test
  void a_placed_report_joins_an_open_incident_whose_id_lives_on_another_partition() {
    String component = "Sistema de Protocolo " + UUID.randomUUID().toString().substring(0, 8);
    String earlier = idOnAnotherPartitionThan(component);
    ReportIncident opening = report(earlier, component);
    send(Topics.INCIDENT_COMMANDS, earlier, opening);
    assertThat(awaitResults(opening.getMetadata().getCommandId(), 1).get(0).getAggregateId()).isEqualTo(earlier);

    String placed = IncidentPlacement.incidentId(UUID.randomUUID().toString(), component);
    ReportIncident later = report(placed, component);
    send(Topics.INCIDENT_COMMANDS, placed, later);

    CommandResult joined = awaitResults(later.getMetadata().getCommandId(), 1).get(0);
    assertThat(joined.getAccepted()).isTrue();
    assertThat(joined.getAggregateId()).isEqualTo(earlier);
    assertThat(eventsOf(earlier)).hasExactlyElementsOfTypes(IncidentReported.class, ReportJoined.class);
    assertThat(eventsOf(placed)).isEmpty();
  }

  private static String idOnAnotherPartitionThan(String component) {
    String id;
    do {
      id = UUID.randomUUID().toString();
    } while (IncidentPlacement.colocated(id, component));
    return id;
  }

  private static ReportIncident report(String incidentId, String component) {
    return new ReportIncident(metadata(), incidentId, component, "SESA", "Fora do ar", ReportSource.WHATSAPP_GROUP,
        "Maria", null, null, null, null, null, null);
  }

  private static CommandMetadata metadata() {
    return new CommandMetadata(UUID.randomUUID().toString(), UUID.randomUUID().toString(), TEN_AM, TEAM,
        Origin.API, null);
  }
}
