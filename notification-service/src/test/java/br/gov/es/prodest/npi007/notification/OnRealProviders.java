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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service on a real broker with its real adapters, set as production sets them: WhatsApp
 * through the Cloud API (WireMock plays it), e-mail by SMTP (GreenMail is the relay). Every message
 * AUTO; 6.1 e-mailed too (the metrics' flow: a report acknowledged by e-mail); three attempts, back-off 200 ms doubling to 500 ms, timeout 2 s. Each test names its own
 * component, which WireMock's stubs and journal and the mailbox are filtered by.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "NPI007_REVIEW_MESSAGES=", "NPI007_EMAIL_REPLICATION=6.1,6.3,6.4,6.6", "NPI007_WHATSAPP_PROVIDER=cloud-api", "NPI007_WHATSAPP_RECIPIENT=grupo-ti-es",
    "NPI007_WHATSAPP_CLOUD_API_PHONE_NUMBER_ID=551199990000", "NPI007_WHATSAPP_CLOUD_API_TOKEN=token-de-teste",
    "SPRING_MAIL_HOST=127.0.0.1", "NPI007_DELIVERY_MAX_ATTEMPTS=3", "NPI007_DELIVERY_BACKOFF_INITIAL=PT0.2S",
    "NPI007_DELIVERY_BACKOFF_MAX=PT0.5S", "NPI007_DELIVERY_TIMEOUT=PT2S"})
@ContextConfiguration(initializers = SharedKafkaBrokerInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class OnRealProviders {

  static final String MESSAGES = "/v23.0/551199990000/messages";
  static final List<String> ORGAN_ADDRESSES = List.of("ascom@prodest.es.gov.br", "ti@saude.es.gov.br");
  static final WireMockServer CLOUD_API = new WireMockServer(WireMockConfiguration.options().dynamicPort()
      .bindAddress("127.0.0.1"));
  static final Mailbox MAIL = new Mailbox();
  static final JsonMapper JSON = JsonMapper.builder().build();

  static {
    CLOUD_API.start();
    // one WireMock and one GreenMail for the test JVM, whichever of these classes runs first
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      CLOUD_API.stop();
      MAIL.close();
    }));
  }

  @DynamicPropertySource
  static void providers(DynamicPropertyRegistry registry) {
    registry.add("NPI007_DATA_DIR", () -> "target/it-data/" + UUID.randomUUID());
    registry.add("NPI007_WHATSAPP_CLOUD_API_BASE_URL", CLOUD_API::baseUrl);
    registry.add("SPRING_MAIL_PORT", MAIL::port);
  }

  /** The organs with addresses (an ADMIN's PUTs), on the catalogue topic before the service starts. */
  @BeforeAll
  static void organsWithAddresses() {
    DeliveryTopics.putOrgan("PRODEST", "Instituto de Tecnologia da Informação e Comunicação do Estado do Espírito Santo",
        List.of("ascom@prodest.es.gov.br"));
    DeliveryTopics.putOrgan("SESA", "Secretaria de Estado da Saúde", List.of("ti@saude.es.gov.br"));
    // what no test scripts (messages of other test classes still pending on the shared broker) is taken
    CLOUD_API.stubFor(post(urlPathEqualTo(MESSAGES)).atPriority(10).willReturn(accepted("wamid.outro")));
  }

  static String confirm(String component, String impact) {
    String incidentId = UUID.randomUUID().toString();
    IncidentTriaged event = triaged(incidentId, 2, component, Verdict.CONFIRMED_GENERAL, impact, null,
        Instant.parse("2025-03-15T12:05:00Z"));
    DeliveryTopics.send(Topics.INCIDENT_EVENTS.name(), incidentId, event);
    return notificationIdOf(event.getEnvelope(), "6.3");
  }

  static String tag() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder accepted(String id) {
    return okJson("{\"messaging_product\":\"whatsapp\",\"messages\":[{\"id\":\"" + id + "\"}]}");
  }

  static void stub(String component, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
    CLOUD_API.stubFor(post(urlPathEqualTo(MESSAGES)).withRequestBody(containing(component)).willReturn(response));
  }

  /** WireMock's journal of the requests about the component, oldest first. */
  static List<ServeEvent> requests(String component) {
    return CLOUD_API.getAllServeEvents().stream()
        .filter(event -> event.getRequest().getBodyAsString().contains(component))
        .sorted(java.util.Comparator.comparing(event -> event.getRequest().getLoggedDate())).toList();
  }

  static List<Integer> statuses(String component) {
    return requests(component).stream().map(event -> event.getResponse().getStatus()).toList();
  }

  static DeliveryStarted secondStart(String notificationId) {
    return onWhatsApp(events(notificationId, DeliveryStarted.class)).stream()
        .filter(started -> started.getAttempt() == 2).findFirst().orElseThrow();
  }

  static DeliveryDeadLettered awaitWhatsAppDeadLetter(String notificationId) {
    return await().atMost(PATIENCE).until(() -> onWhatsApp(events(notificationId, DeliveryDeadLettered.class)),
        list -> !list.isEmpty()).get(0);
  }

  static <T extends SpecificRecord> List<T> onWhatsApp(List<T> events) {
    return events.stream().filter(event -> event.toString().contains("\"provider\": \"whatsapp-cloud-api\"")).toList();
  }
}
