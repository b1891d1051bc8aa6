package br.gov.es.prodest.npi007.incident.application;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.incident.domain.Actor;
import br.gov.es.prodest.npi007.incident.domain.Envelope;
import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import br.gov.es.prodest.npi007.incident.domain.Origin;
import br.gov.es.prodest.npi007.incident.domain.ReportSource;
import br.gov.es.prodest.npi007.incident.domain.Role;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentRegisterTest {

  private static final Instant NINE_AM = Instant.parse("2025-03-10T12:00:00Z");
  private static final Instant TEN_AM = Instant.parse("2025-03-10T13:00:00Z");

  private final IncidentRegister register = new IncidentRegister();

  @Test
  void an_event_applied_twice_is_shown_once() {
    IncidentReported sigefes = reported("inc-1", "SIGEFES", "SESA", ReportSource.WHATSAPP_GROUP, NINE_AM);

    register.apply(sigefes);
    register.apply(sigefes);

    assertThat(register.list(IncidentFilter.ALL)).hasSize(1);
    assertThat(register.find("inc-1")).hasValueSatisfying(view -> {
      assertThat(view.status()).isEqualTo(IncidentStatus.REPORTED);
      assertThat(view.version()).isEqualTo(1);
      assertThat(view.reportedAt()).isEqualTo(NINE_AM);
      assertThat(view.saNumber()).isNull();
    });
  }

  @Test
  void listings_are_newest_first_and_filtered_by_status_organ_and_component() {
    register.apply(reported("inc-1", "SIGEFES", "SESA", ReportSource.WHATSAPP_GROUP, NINE_AM));
    register.apply(reported("inc-2", "E-Docs", "PRODEST", ReportSource.MONITORING, TEN_AM));

    assertThat(register.list(IncidentFilter.ALL)).extracting(IncidentView::id).containsExactly("inc-2", "inc-1");
    assertThat(register.list(new IncidentFilter("DETECTED_BY_PRODEST", null, null)))
        .extracting(IncidentView::id).containsExactly("inc-2");
    assertThat(register.list(new IncidentFilter(null, "SESA", "SIGEFES")))
        .extracting(IncidentView::id).containsExactly("inc-1");
    assertThat(register.list(new IncidentFilter(null, "SESA", "E-Docs"))).isEmpty();
  }

  private static IncidentReported reported(String id, String component, String organ, ReportSource source,
      Instant at) {
    Envelope envelope = new Envelope(Envelope.eventId("cmd-" + id, 1), id, 1, at,
        new Actor("ana", Role.TEAM, null), Origin.API, "cmd-" + id, "corr-" + id);
    return new IncidentReported(envelope, component, organ, "Lentidão", source, "Ana");
  }
}
