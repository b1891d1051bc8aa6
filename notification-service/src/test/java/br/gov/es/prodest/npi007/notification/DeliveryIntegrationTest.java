package br.gov.es.prodest.npi007.notification;

import static br.gov.es.prodest.npi007.notification.DeliveryTopics.PATIENCE;
import static br.gov.es.prodest.npi007.notification.DeliveryTopics.awaitDelivered;
import static br.gov.es.prodest.npi007.notification.DeliveryTopics.awaitRendered;
import static br.gov.es.prodest.npi007.notification.DeliveryTopics.deliveryStream;
import static br.gov.es.prodest.npi007.notification.DeliveryTopics.events;
import static br.gov.es.prodest.npi007.notification.DeliveryTopics.rendition;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.notificationIdOf;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.triaged;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.DeliveryDeadLettered;
import br.gov.es.prodest.npi007.avro.notification.DeliveryFailed;
import br.gov.es.prodest.npi007.avro.notification.DeliveryStarted;
import br.gov.es.prodest.npi007.avro.notification.DeliverySucceeded;
import br.gov.es.prodest.npi007.avro.notification.MessageDelivered;
import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBrokerInitializer;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The delivery engine's handling of the WhatsApp Cloud API's answers (WireMock), beside the e-mails (GreenMail). */
class DeliveryIntegrationTest extends OnRealProviders {
  @Test
  void aConfirmedIncidentReachesTheGroup_withTheApprovedTextWordForWord() throws Exception {
    String component = "Banco de dados do SIGEFES " + tag();
    stub(component, accepted("wamid.HBgM"));
    String notificationId = confirm(component, "processamento de dados");

    MessageDelivered delivered = awaitDelivered(notificationId);
    assertThat(delivered.getPostedManually()).isFalse();
    String approved = rendition(awaitRendered(notificationId), DeliveryChannel.WHATSAPP).getText();
    assertThat(approved).isEqualTo(NormTexts.onWhatsApp(NormTexts.UNAVAILABILITY_NOTICE
        .replace("Banco de dados do SIGEFES", component)));
    assertThat(requests(component)).singleElement().satisfies(request -> {
      assertThat(request.getRequest().getHeader("Authorization")).isEqualTo("Bearer token-de-teste");
      JsonNode body = JSON.readTree(request.getRequest().getBodyAsString());
      assertThat(body.get("messaging_product").asString()).isEqualTo("whatsapp");
      assertThat(body.get("recipient_type").asString()).isEqualTo("group");
      assertThat(body.get("to").asString()).isEqualTo("grupo-ti-es");
      assertThat(body.get("type").asString()).isEqualTo("text");
      assertThat(body.get("text").get("body").asString()).isEqualTo(approved);
    });
    assertThat(onWhatsApp(events(notificationId, DeliverySucceeded.class))).singleElement()
        .satisfies(succeeded -> assertThat(succeeded.getProviderMessageId()).isEqualTo("wamid.HBgM"));
  }

  @Test
  void a500IsRetriedAfterItsBackOff_andTheMessageGoesOnce() {
    String component = "Sistema FALHA-500 " + tag();
    CLOUD_API.stubFor(post(urlPathEqualTo(MESSAGES)).withRequestBody(containing(component)).inScenario(component)
        .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(500).withBody("{\"error\":{}}"))
        .willSetStateTo("recuperado"));
    CLOUD_API.stubFor(post(urlPathEqualTo(MESSAGES)).withRequestBody(containing(component)).inScenario(component)
        .whenScenarioStateIs("recuperado").willReturn(accepted("wamid.depois")));
    String notificationId = confirm(component, "acesso");

    awaitDelivered(notificationId);
    assertThat(statuses(component)).containsExactly(500, 200);
    DeliveryFailed failed = onWhatsApp(events(notificationId, DeliveryFailed.class)).get(0);
    assertThat(failed.getRetryable()).isTrue();
    assertThat(failed.getNextAttemptAt()).isEqualTo(failed.getEnvelope().getOccurredAt().plusMillis(200));
    assertThat(secondStart(notificationId).getEnvelope().getOccurredAt()).isAfterOrEqualTo(failed.getNextAttemptAt());
  }

  @Test
  void a429WaitsForItsRetryAfter() {
    String component = "Sistema FALHA-429 " + tag();
    CLOUD_API.stubFor(post(urlPathEqualTo(MESSAGES)).withRequestBody(containing(component)).inScenario(component)
        .whenScenarioStateIs(Scenario.STARTED).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1"))
        .willSetStateTo("liberado"));
    CLOUD_API.stubFor(post(urlPathEqualTo(MESSAGES)).withRequestBody(containing(component)).inScenario(component)
        .whenScenarioStateIs("liberado").willReturn(accepted("wamid.liberado")));
    String notificationId = confirm(component, "acesso");

    awaitDelivered(notificationId);
    assertThat(statuses(component)).containsExactly(429, 200);
    DeliveryFailed failed = onWhatsApp(events(notificationId, DeliveryFailed.class)).get(0);
    assertThat(failed.getNextAttemptAt()).isEqualTo(failed.getEnvelope().getOccurredAt().plusSeconds(1));
    assertThat(secondStart(notificationId).getEnvelope().getOccurredAt()).isAfterOrEqualTo(failed.getNextAttemptAt());
  }

  @Test
  void anAnswerLaterThanTheTimeoutIsUncertain_givenUp_neverRepeated() {
    String component = "Sistema INCERTO " + tag();
    stub(component, accepted("wamid.tarde").withFixedDelay(5000));
    String notificationId = confirm(component, "acesso");

    DeliveryDeadLettered dead = awaitWhatsAppDeadLetter(notificationId);
    assertThat(dead.getUncertain()).isTrue();
    assertThat(dead.getAttempts()).isEqualTo(1);
    assertThat(requests(component)).hasSize(1);
    assertThat(onWhatsApp(events(notificationId, DeliveryStarted.class))).hasSize(1);
    assertThat(events(notificationId, MessageDelivered.class)).isEmpty();
  }

  @Test
  void exhaustedAttemptsAreGivenUp_andCopiedToTheDeadLetters() {
    String component = "Sistema SEMPRE-500 " + tag();
    stub(component, aResponse().withStatus(503));
    String notificationId = confirm(component, "acesso");

    DeliveryDeadLettered dead = awaitWhatsAppDeadLetter(notificationId);
    assertThat(dead.getUncertain()).isFalse();
    assertThat(dead.getAttempts()).isEqualTo(3);
    assertThat(statuses(component)).containsExactly(503, 503, 503);
    await().atMost(PATIENCE).until(() -> Outputs.read(Topics.DELIVERY_DEAD_LETTERS.name()).stream()
        .anyMatch(record -> notificationId.equals(record.key())));
  }

  @Test
  void aProviderThatHangsDoesNotDelayTheEmails() {
    String component = "Sistema LENTO " + tag();
    stub(component, accepted("wamid.lento").withFixedDelay(10_000));
    String notificationId = confirm(component, "acesso");

    DeliveryDeadLettered whatsApp = awaitWhatsAppDeadLetter(notificationId);
    List<SpecificRecord> stream = deliveryStream(notificationId);
    List<DeliverySucceeded> emails = events(notificationId, DeliverySucceeded.class);
    assertThat(emails).hasSize(ORGAN_ADDRESSES.size());
    // the e-mails were recorded delivered while the WhatsApp attempt, started before them, had no outcome
    long whatsAppStarted = onWhatsApp(events(notificationId, DeliveryStarted.class)).get(0).getEnvelope().getSequence();
    assertThat(emails).allSatisfy(email -> assertThat(email.getEnvelope().getSequence())
        .isGreaterThan(whatsAppStarted).isLessThan(whatsApp.getEnvelope().getSequence()));
    assertThat(whatsApp.getUncertain()).isTrue();
    assertThat(stream).noneMatch(MessageDelivered.class::isInstance);
    assertThat(MAIL.containing(component)).hasSize(ORGAN_ADDRESSES.size());
  }
}
