package br.gov.es.prodest.npi007.notification.message.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.AlertResolved;
import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.MaintenanceLinked;
import br.gov.es.prodest.npi007.avro.incident.ReportJoined;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.incident.ServiceRequestLinked;
import br.gov.es.prodest.npi007.avro.incident.ServiceRequestState;
import br.gov.es.prodest.npi007.avro.incident.ServiceRequestUpdated;
import br.gov.es.prodest.npi007.avro.incident.ServiceRestored;
import br.gov.es.prodest.npi007.avro.incident.StatementKind;
import br.gov.es.prodest.npi007.avro.incident.StatementPosted;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import br.gov.es.prodest.npi007.notification.message.domain.Causation;
import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent;
import java.time.Instant;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

/** The incident events on the wire, as the domain sees them; those that call for no message are left out. */
class WireMapperTest {

  private static final Instant AT = Instant.parse("2025-03-15T02:30:00Z");
  private static final EventEnvelope ENVELOPE = new EventEnvelope("event-2", "incident-1", 2L, AT,
      new Actor("joao.souza", Role.TEAM, "PRODEST", null), Origin.API, "command-2", "correlation-2");
  private static final Causation CAUSATION = new Causation("event-2", "incident-1", AT, "command-2", "correlation-2");

  @Test
  void aJoinedReportCarriesTheIncidentsComponent() {
    assertThat(WireMapper.incidentEvent(new ReportJoined(ENVELOPE, "Portal do Servidor", "SEDU", "Fora do ar.", ReportSource.WHATSAPP_GROUP,
        "Ana", null, null, null, null))).contains(new IncidentEvent.ReportJoined(CAUSATION, "Portal do Servidor", "SEDU",
            br.gov.es.prodest.npi007.notification.message.domain.ReportSource.WHATSAPP_GROUP));
  }

  @Test
  void aVerdictAndARestorationCarryTheirFacts() {
    assertThat(WireMapper.incidentEvent(new IncidentTriaged(ENVELOPE, "SIGEFES", Verdict.CONFIRMED_RESTRICTED,
        "acesso", "SESA"))).contains(new IncidentEvent.IncidentTriaged(CAUSATION, "SIGEFES",
            br.gov.es.prodest.npi007.notification.message.domain.Verdict.CONFIRMED_RESTRICTED, "acesso", "SESA"));
    assertThat(WireMapper.incidentEvent(new ServiceRestored(ENVELOPE, "SIGEFES", "reiniciado")))
        .contains(new IncidentEvent.ServiceRestored(CAUSATION, "SIGEFES"));
  }

  @Test
  void eventsTheNormAttachesNoMessageToCallForNone() {
    List<SpecificRecord> silent = List.of(
        new StatementPosted(ENVELOPE, StatementKind.CONFIRMATION, "Estamos cientes.", null, null),
        ServiceRequestLinked.newBuilder().setEnvelope(ENVELOPE).setSaNumber("SA-2025-000123").build(),
        new AlertResolved(ENVELOPE, "fp-1", "PortalDown", AT, null),
        new MaintenanceLinked(ENVELOPE, "maintenance-1"),
        new ServiceRequestUpdated(ENVELOPE, "SA-2025-000123", ServiceRequestState.RESOLVED, null));

    for (SpecificRecord record : silent) {
      assertThat(WireMapper.incidentEvent(record)).as(record.getClass().getSimpleName()).isEmpty();
    }
  }
}
