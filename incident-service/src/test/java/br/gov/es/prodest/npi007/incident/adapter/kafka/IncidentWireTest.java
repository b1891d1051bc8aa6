package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.incident.domain.Incident;
import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.NoIncident;
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
