package br.gov.es.prodest.npi007.incident.domain;

import static br.gov.es.prodest.npi007.incident.domain.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Given what the router knows of a component, when a report of it arrives, then where it goes. */
class ReportRoutingTest {

  private static final String OPEN = "7d5a3c1e-0000-4000-8000-000000000050";
  private static final String EARLIER = "7d5a3c1e-0000-4000-8000-000000000060";

  @Test
  void a_report_with_nothing_open_opens_the_incident_its_issuer_named() {
    ReportRoute route = ReportRouting.route(report("c-1", ReportSource.WHATSAPP_GROUP), null, null);

    assertThat(route).isEqualTo(new ReportRoute.Opens(INCIDENT));
    assertThat(route.remembered()).isTrue();
  }

  @Test
  void a_second_report_joins_the_open_incident_of_its_component() {
    ReportRoute route = ReportRouting.route(report("c-2", ReportSource.SERVICE_DESK), null, OPEN);

    assertThat(route).isEqualTo(new ReportRoute.Joins(OPEN));
    assertThat(route.remembered()).isTrue();
  }

  @Test
  void a_retry_goes_where_the_command_went_even_when_another_incident_is_open_now() {
    assertThat(ReportRouting.route(report("c-1", ReportSource.MONITORING), EARLIER, OPEN))
        .isEqualTo(new ReportRoute.Repeated(EARLIER));
  }

  @Test
  void an_incomplete_report_with_nothing_open_opens_nothing_and_is_not_remembered() {
    ReportRoute route = ReportRouting.route(blankOrgan("c-3"), null, null);

    assertThat(route).isEqualTo(new ReportRoute.Refused(INCIDENT));
    assertThat(route.remembered()).isFalse();
  }

  @Test
  void an_incomplete_report_still_joins_an_open_incident_which_then_says_what_is_missing() {
    assertThat(ReportRouting.route(blankOrgan("c-4"), null, OPEN)).isEqualTo(new ReportRoute.Joins(OPEN));
  }

  @Test
  void only_the_open_incidents_own_closure_frees_its_component() {
    assertThat(ReportRouting.frees(new IncidentClosure(OPEN, "SIGEFES"), OPEN)).isTrue();
    assertThat(ReportRouting.frees(new IncidentClosure(EARLIER, "SIGEFES"), OPEN)).isFalse();
    assertThat(ReportRouting.frees(new IncidentClosure(OPEN, "SIGEFES"), null)).isFalse();
  }

  private static ReportIncident blankOrgan(String commandId) {
    ReportIncident report = report(commandId, ReportSource.WHATSAPP_GROUP);
    return new ReportIncident(report.commandId(), report.correlationId(), report.issuedAt(), report.actor(),
        report.origin(), null, report.incidentId(), report.component(), " ", report.description(), report.source(),
        report.reportedBy());
  }
}
