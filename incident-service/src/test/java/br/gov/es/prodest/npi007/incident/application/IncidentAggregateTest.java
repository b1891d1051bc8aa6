package br.gov.es.prodest.npi007.incident.application;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.incident.domain.Actor;
import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import br.gov.es.prodest.npi007.incident.domain.NoIncident;
import br.gov.es.prodest.npi007.incident.domain.Origin;
import br.gov.es.prodest.npi007.incident.domain.ReportIncident;
import br.gov.es.prodest.npi007.incident.domain.ReportSource;
import br.gov.es.prodest.npi007.incident.domain.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentCommandHandlerTest {

  private static final ReportIncident REPORT = new ReportIncident("cmd-1", "corr-1",
      Instant.parse("2025-03-10T13:00:00Z"), new Actor("svc-desk", Role.INTEGRATION, null), Origin.SERVICE_DESK,
      null, "inc-1", "SIGEFES", "SESA", "Erro 500", ReportSource.SERVICE_DESK, "Central de Serviços");

  @Test
  void an_accepted_report_answers_with_its_event_the_new_status_and_version() {
    CommandOutcome outcome = IncidentCommandHandler.handle(REPORT, NoIncident.INSTANCE);

    assertThat(outcome.accepted()).isTrue();
    assertThat(outcome.newEvents()).hasSize(1);
    assertThat(outcome.eventIds()).containsExactly(outcome.newEvents().get(0).envelope().eventId());
    assertThat(outcome.status()).contains(IncidentStatus.REPORTED);
    assertThat(outcome.version()).isEqualTo(1);
  }

  @Test
  void a_retry_answers_with_the_same_status_and_version_and_no_events() {
    var reported = IncidentCommandHandler.handle(REPORT, NoIncident.INSTANCE).after();

    CommandOutcome retry = IncidentCommandHandler.handle(REPORT, reported);

    assertThat(retry.accepted()).isTrue();
    assertThat(retry.newEvents()).isEmpty();
    assertThat(retry.eventIds()).isEmpty();
    assertThat(retry.status()).contains(IncidentStatus.REPORTED);
    assertThat(retry.version()).isEqualTo(1);
  }
}
