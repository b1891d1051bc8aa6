package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;

class IncidentAggregateTest {

  private static final ReportIncident REPORT = new ReportIncident("cmd-1", "corr-1",
      Instant.parse("2025-03-10T13:00:00Z"), new Actor("svc-desk", Role.INTEGRATION, null), Origin.SERVICE_DESK,
      null, "inc-1", "SIGEFES", "SESA", "Erro 500", ReportSource.SERVICE_DESK, "Central de Serviços");

  @Test
  void an_accepted_report_answers_with_its_event_the_new_status_and_version() {
    var outcome = Incident.AGGREGATE.handle(REPORT, NoIncident.INSTANCE);

    assertThat(outcome.accepted()).isTrue();
    assertThat(outcome.newEvents()).hasSize(1);
    assertThat(outcome.eventIds()).containsExactly(outcome.newEvents().get(0).envelope().eventId());
    assertThat(outcome.after().currentStatus()).contains(IncidentStatus.REPORTED);
    assertThat(outcome.version()).isEqualTo(1);
  }

  @Test
  void a_retry_answers_with_the_same_status_and_version_and_no_events() {
    var reported = Incident.AGGREGATE.handle(REPORT, NoIncident.INSTANCE).after();

    var retry = Incident.AGGREGATE.handle(REPORT, reported);

    assertThat(retry.accepted()).isTrue();
    assertThat(retry.newEvents()).isEmpty();
    assertThat(retry.eventIds()).isEmpty();
    assertThat(retry.after().currentStatus()).contains(IncidentStatus.REPORTED);
    assertThat(retry.version()).isEqualTo(1);
  }
}
