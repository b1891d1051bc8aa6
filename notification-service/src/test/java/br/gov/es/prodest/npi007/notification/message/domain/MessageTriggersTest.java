package br.gov.es.prodest.npi007.notification.message.domain;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent.IncidentReported;
import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent.IncidentTriaged;
import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent.ReportJoined;
import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent.ServiceRestored;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Given an incident event, which of the norm's messages it calls for and what they say. */
class MessageTriggersTest {

  private static final String SERVICE_DESK = "https://sa.example";
  private static final OrganNames ORGANS = KnownOrgans.named(Map.of("SESA", "Secretaria de Estado da Saúde"));
  private static final Instant AT = Instant.parse("2025-03-15T02:30:00Z");
  private static final Causation CAUSATION = new Causation("event-1", "incident-1", AT, "command-1", "correlation-1");
  private static final String PORTAL = "Portal do Servidor";
  private static final String IMPACT = "acesso ao contracheque";

  @Test
  void aClientsReportInTheGroupCallsFor_6_1() {
    assertThat(messagesFor(new IncidentReported(CAUSATION, PORTAL, "SESA", ReportSource.WHATSAPP_GROUP)))
        .containsExactly(new DueMessage(MessageTemplate.RECEIPT_ACKNOWLEDGEMENT,
            MessageFacts.receiptAcknowledgement(PORTAL, SERVICE_DESK, AT)));
  }

  @Test
  void anotherClientsReportJoiningTheIncidentIsAcknowledgedToo() {
    assertThat(messagesFor(new ReportJoined(CAUSATION, PORTAL, "SEDU", ReportSource.WHATSAPP_GROUP)))
        .containsExactly(new DueMessage(MessageTemplate.RECEIPT_ACKNOWLEDGEMENT,
            MessageFacts.receiptAcknowledgement(PORTAL, SERVICE_DESK, AT)));
  }

  @Test
  void reportsThatDidNotComeFromTheGroupCallForNoMessage() {
    for (ReportSource source : List.of(ReportSource.SERVICE_DESK, ReportSource.MONITORING,
        ReportSource.INTERNAL_TEST, ReportSource.INTERNAL_COMPLAINT)) {
      assertThat(messagesFor(new IncidentReported(CAUSATION, PORTAL, "PRODEST", source))).as(source.name()).isEmpty();
      assertThat(messagesFor(new ReportJoined(CAUSATION, PORTAL, "PRODEST", source))).as(source.name()).isEmpty();
    }
  }

  @Test
  void anUnconfirmedIncidentCallsFor_6_2() {
    assertThat(messagesFor(new IncidentTriaged(CAUSATION, PORTAL, Verdict.NOT_CONFIRMED, null, null)))
        .containsExactly(new DueMessage(MessageTemplate.NORMAL_STATUS, MessageFacts.normalStatus(PORTAL, AT)));
  }

  @Test
  void anIncidentConfirmedForEveryoneCallsFor_6_3_datedWhenItWasConfirmed() {
    assertThat(messagesFor(new IncidentTriaged(CAUSATION, PORTAL, Verdict.CONFIRMED_GENERAL, IMPACT, null)))
        .containsExactly(new DueMessage(MessageTemplate.UNAVAILABILITY_NOTICE,
            MessageFacts.unavailabilityNotice(PORTAL, IMPACT, AT)));
  }

  @Test
  void anIncidentConfirmedForOneOrganCallsFor_6_6_withTheOrgansName() {
    assertThat(messagesFor(new IncidentTriaged(CAUSATION, PORTAL, Verdict.CONFIRMED_RESTRICTED, IMPACT, "SESA")))
        .containsExactly(new DueMessage(MessageTemplate.RESTRICTED_UNAVAILABILITY_NOTICE,
            MessageFacts.restrictedUnavailabilityNotice("Secretaria de Estado da Saúde", PORTAL, IMPACT, AT),
            new Audience.AffectedOrgan("SESA")));
  }

  @Test
  void aRestorationIsEmailedWhereItsVerdictWent() {
    assertThat(messagesFor(new ServiceRestored(CAUSATION, PORTAL, Verdict.CONFIRMED_RESTRICTED, "SESA")))
        .extracting(DueMessage::audience).containsExactly(new Audience.AffectedOrgan("SESA"));
    assertThat(messagesFor(new ServiceRestored(CAUSATION, PORTAL, Verdict.CONFIRMED_GENERAL, null)))
        .extracting(DueMessage::audience).containsExactly(new Audience.EveryOrgan());
  }

  @Test
  void anOrganTheCatalogueDoesNotKnowIsNamedByItsCode() {
    assertThat(messagesFor(new IncidentTriaged(CAUSATION, PORTAL, Verdict.CONFIRMED_RESTRICTED, IMPACT, "SEMOB")))
        .extracting(due -> due.facts().organName()).containsExactly("SEMOB");
  }

  @Test
  void aRestorationCallsFor_6_4() {
    assertThat(messagesFor(new ServiceRestored(CAUSATION, PORTAL)))
        .containsExactly(new DueMessage(MessageTemplate.SERVICE_RESTORED, MessageFacts.serviceRestored(PORTAL, AT)));
  }

  private static List<DueMessage> messagesFor(IncidentEvent event) {
    return MessageTriggers.messagesFor(event, SERVICE_DESK, ORGANS);
  }
}
