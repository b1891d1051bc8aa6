package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.incident.domain.Incident;
import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import br.gov.es.prodest.npi007.incident.domain.NoIncident;
import br.gov.es.prodest.npi007.incident.domain.PostStatement;
import br.gov.es.prodest.npi007.incident.domain.SpeakerOffice;
import br.gov.es.prodest.npi007.incident.domain.StatementKind;
import br.gov.es.prodest.npi007.incident.domain.StatementPosted;
import br.gov.es.prodest.npi007.incident.domain.ReportIncident;
import br.gov.es.prodest.npi007.incident.domain.ReportSource;
import br.gov.es.prodest.npi007.processing.EventHistory;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.UndecodableRecordException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentWireTest {

  private static final AvroCodec CODEC = AvroCodec.instance();
  private static final ReportIncident REPORT = new ReportIncident("cmd-1", "corr-1",
      Instant.parse("2025-03-10T13:00:00.123Z"), new Actor("maria", Role.NOTIFIER, "SESA"), Origin.WHATSAPP,
      7L, "inc-1", "SIGEFES", "SESA", "Fora do ar", ReportSource.WHATSAPP_GROUP, "Maria");

  @Test
  void an_event_survives_the_wire_and_the_stored_history() {
    IncidentEvent event = Incident.AGGREGATE.handle(withoutExpectedVersion(), NoIncident.INSTANCE).newEvents().get(0);

    byte[] stored = EventHistory.append(null, List.of(CODEC.encode(IncidentWire.INSTANCE.toAvro(event))));
    List<IncidentEvent> read = EventHistory.read(stored).stream()
        .map(CODEC::decode).map(IncidentWire.INSTANCE::toEvent).toList();

    assertThat(read).containsExactly(event);
  }

  @Test
  void an_assignment_survives_the_wire_with_the_unit_it_replaces() {
    IncidentEvent assigned = new br.gov.es.prodest.npi007.incident.domain.IncidentAssigned(
        new br.gov.es.prodest.npi007.aggregate.Envelope("evt-2", "inc-1", 2, Instant.parse("2025-03-10T13:05:00Z"),
            new Actor("ana", Role.TEAM, null), Origin.API, "cmd-2", "corr-2"), "GESIT", "É a aplicação", "GEITIC");

    IncidentEvent read = IncidentWire.INSTANCE.toEvent(CODEC.decode(CODEC.encode(IncidentWire.INSTANCE.toAvro(assigned))));

    assertThat(read).isEqualTo(assigned);
  }

  @Test
  void the_unit_a_report_names_and_the_speaker_of_a_statement_survive_the_wire() {
    var envelope = new br.gov.es.prodest.npi007.aggregate.Envelope("evt-1", "inc-1", 1,
        Instant.parse("2025-03-10T13:00:00Z"), new Actor("alertmanager", Role.INTEGRATION, null), Origin.MONITORING,
        "cmd-1", "corr-1");
    IncidentEvent reported = new IncidentReported(envelope, "SIGEFES", "PRODEST", "Fora do ar",
        ReportSource.MONITORING, "alertmanager: SigefesDown", null, null, null, null, "GEITIC", "infra");
    IncidentEvent statement = new StatementPosted(envelope, StatementKind.CONFIRMATION, "Confirmamos.",
        SpeakerOffice.PRESIDENT, "DIGER");

    for (IncidentEvent event : List.of(reported, statement)) {
      assertThat(IncidentWire.INSTANCE.toEvent(CODEC.decode(CODEC.encode(IncidentWire.INSTANCE.toAvro(event)))))
          .isEqualTo(event);
    }
  }

  @Test
  void a_command_naming_a_unit_and_a_speaker_is_read_from_the_wire_with_them() {
    var metadata = br.gov.es.prodest.npi007.avro.common.CommandMetadata.newBuilder().setCommandId("cmd-9")
        .setCorrelationId("corr-9").setIssuedAt(Instant.parse("2025-03-10T13:00:00Z"))
        .setActor(br.gov.es.prodest.npi007.avro.common.Actor.newBuilder().setUserId("diretor")
            .setRole(br.gov.es.prodest.npi007.avro.common.Role.MANAGEMENT).build())
        .setOrigin(br.gov.es.prodest.npi007.avro.common.Origin.API).build();
    var wire = br.gov.es.prodest.npi007.avro.incident.PostStatement.newBuilder().setMetadata(metadata)
        .setIncidentId("inc-1").setKind(br.gov.es.prodest.npi007.avro.incident.StatementKind.CONFIRMATION)
        .setText("Confirmamos.").setOffice("DIRECTOR").setUnit("DSTEM").build();

    PostStatement command = (PostStatement) IncidentWire.INSTANCE.toCommand(CODEC.decode(CODEC.encode(wire)));

    assertThat(command.office()).isEqualTo(SpeakerOffice.DIRECTOR);
    assertThat(command.unit()).isEqualTo("DSTEM");
  }

  @Test
  void a_rejection_is_answered_with_its_kind_code_and_detail() {
    CommandResult result = IncidentWire.INSTANCE.toResult(Incident.AGGREGATE.handle(REPORT, NoIncident.INSTANCE));

    assertThat(result.getAccepted()).isFalse();
    assertThat(result.getAggregateId()).isEqualTo("inc-1");
    assertThat(result.getRejectionKind()).isEqualTo(RejectionKind.CONFLICT);
    assertThat(result.getRejectionCode()).isEqualTo("VERSION_MISMATCH");
    assertThat(result.getStatus()).isNull();
    assertThat(result.getVersion()).isZero();
    assertThat(result.getEventIds()).isEmpty();
  }

  @Test
  void a_record_that_is_no_incident_command_cannot_be_processed() {
    assertThatThrownBy(() -> IncidentWire.INSTANCE.toCommand(IncidentWire.INSTANCE.toResult(
        Incident.AGGREGATE.handle(REPORT, NoIncident.INSTANCE))))
        .isInstanceOf(UndecodableRecordException.class);
  }

  private static ReportIncident withoutExpectedVersion() {
    return new ReportIncident(REPORT.commandId(), REPORT.correlationId(), REPORT.issuedAt(), REPORT.actor(),
        REPORT.origin(), null, REPORT.incidentId(), REPORT.component(), REPORT.organ(), REPORT.description(),
        REPORT.source(), REPORT.reportedBy());
  }
}
