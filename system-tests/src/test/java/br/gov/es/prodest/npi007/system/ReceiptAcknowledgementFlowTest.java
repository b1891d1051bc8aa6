package br.gov.es.prodest.npi007.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.standalone.Ports;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walking skeleton, end to end and through the gateway only: an organ's manager reports a
 * possible incident posted in the WhatsApp group; message 6.1 (NPI-007 5.2.2.1) reaches ASCOM's
 * outbox word for word; and after a restart of the whole system, both are still there, once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(OrderAnnotation.class)
class ReceiptAcknowledgementFlowTest {

  private static final String REPORT = """
      {"component": "Sistema de Protocolo Eletrônico e-Docs", "organ": "SESA",
       "description": "Servidores não conseguem abrir a tela de login desde 08:10",
       "source": "WHATSAPP_GROUP", "reportedBy": "Maria da Penha"}""";

  /** NPI-007, 6.1, with the component and the SA site filled in. */
  private static final String MESSAGE_6_1 = """
      Prezado, recebemos sua notificação sobre o possível incidente no Sistema de Protocolo Eletrônico e-Docs.

      Solicitamos que realize a abertura de uma solicitação de atendimento (SA) através do site \
      <https://servicedesk.prodest.es.gov.br>, caso ainda não tenha feito. Após o registro, favor postar o \
      número da SA no Grupo WhatsApp TI ES para que a equipe responsável pelo referido serviço possa dar \
      prosseguimento ao chamado.

      Agradecemos pela comunicação.""";

  private Path dataDir;
  private final Ports ports = Ports.free();
  private RunningSystem system;
  private String incidentId;

  @BeforeAll
  void startTheSystem(@TempDir Path dataDir) {
    this.dataDir = dataDir;
    system = RunningSystem.start(dataDir, ports);
  }

  @AfterAll
  void stopTheSystem() {
    if (system != null) {
      system.close();
    }
  }

  @Test
  @Order(1)
  void aClientReportInTheGroupIsAcknowledgedWithMessage61WordForWord() {
    long sentAt = System.nanoTime();
    HttpResponse<String> created = system.post("notifier-sesa", "/api/v1/incidents", REPORT, "relato-edocs-1");

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    incidentId = JsonPath.read(created.body(), "$.id");
    assertThat((String) JsonPath.read(created.body(), "$.status")).isEqualTo("REPORTED");
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/incidents/" + incidentId);

    String notifications = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
        .until(() -> system.get("ascom", "/api/v1/notifications?incidentId=" + incidentId).body(),
            body -> body.startsWith("[") && !body.equals("[]"));
    System.out.printf("report → 6.1 in ASCOM's outbox, seen through the gateway: %d ms%n",
        Duration.ofNanos(System.nanoTime() - sentAt).toMillis());

    List<Map<String, Object>> outbox = JsonPath.read(notifications, "$");
    assertThat(outbox).singleElement().satisfies(message -> {
      assertThat(message).containsEntry("type", "6.1").containsEntry("incidentId", incidentId)
          .containsEntry("status", "PENDING_REVIEW");
      assertThat(message.get("title")).isNull();
    });
    assertThat((String) JsonPath.read(notifications, "$[0].text.whatsapp")).isEqualTo(MESSAGE_6_1);
  }

  @Test
  @Order(2)
  void theIncidentCanBeReadBackByItsOrgan() {
    HttpResponse<String> incident = await().atMost(Duration.ofSeconds(30))
        .until(() -> system.get("notifier-sesa", "/api/v1/incidents/" + incidentId), response -> response.statusCode() == 200);

    assertThat((String) JsonPath.read(incident.body(), "$.organ")).isEqualTo("SESA");
    assertThat((String) JsonPath.read(incident.body(), "$.component")).isEqualTo("Sistema de Protocolo Eletrônico e-Docs");
    assertThat((String) JsonPath.read(incident.body(), "$.status")).isEqualTo("REPORTED");
    assertThat(system.get("notifier-sedu", "/api/v1/incidents/" + incidentId).statusCode())
        .as("another organ's notifier does not see it").isEqualTo(404);
  }

  @Test
  @Order(3)
  void aRetryWithTheSameIdempotencyKeyNamesTheSameIncidentAndWritesNoSecondEvent() {
    HttpResponse<String> retried = system.post("notifier-sesa", "/api/v1/incidents", REPORT, "relato-edocs-1");

    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(201);
    assertThat((String) JsonPath.read(retried.body(), "$.id")).isEqualTo(incidentId);
    assertThat(eventsOf(incidentId)).hasSize(1);
  }

  @Test
  @Order(4)
  void badInputGetsAProblemDocumentAndWritesNothing() {
    long commandsBefore = TopicRecords.readAll(system.bootstrapServers(), Topics.INCIDENT_COMMANDS).size();

    HttpResponse<String> unknownOrgan = system.post("team", "/api/v1/incidents",
        REPORT.replace("\"SESA\"", "\"XPTO\""), null);
    HttpResponse<String> malformed = system.post("team", "/api/v1/incidents", "{\"component\": ", null);
    HttpResponse<String> otherOrgan = system.post("notifier-sedu", "/api/v1/incidents", REPORT, null);
    HttpResponse<String> management = system.post("management", "/api/v1/incidents", REPORT, null);

    assertThat(List.of(unknownOrgan, malformed, otherOrgan, management)).allSatisfy(response -> {
      assertThat(response.statusCode()).isBetween(400, 499);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat((String) JsonPath.read(response.body(), "$.detail")).isNotBlank();
    });
    assertThat(otherOrgan.statusCode()).isEqualTo(403);
    assertThat(management.statusCode()).isEqualTo(403);
    assertThat(TopicRecords.readAll(system.bootstrapServers(), Topics.INCIDENT_COMMANDS)).hasSize((int) commandsBefore);
  }

  @Test
  @Order(5)
  void afterARestartTheIncidentAndIts61AreStillThereAndNothingIsRenderedTwice() {
    String notificationId = JsonPath.read(system.get("ascom", "/api/v1/notifications?incidentId=" + incidentId).body(), "$[0].id");
    system.close();

    system = RunningSystem.start(dataDir, ports);

    HttpResponse<String> incident = system.get("notifier-sesa", "/api/v1/incidents/" + incidentId);
    assertThat(incident.statusCode()).as(incident.body()).isEqualTo(200);
    String outbox = system.get("ascom", "/api/v1/notifications?incidentId=" + incidentId).body();
    assertThat((List<String>) JsonPath.read(outbox, "$[*].id")).containsExactly(notificationId);
    assertThat((String) JsonPath.read(outbox, "$[0].text.whatsapp")).isEqualTo(MESSAGE_6_1);
    assertThat(eventsOf(incidentId)).hasSize(1);
    assertThat(renderedFor(incidentId)).singleElement()
        .satisfies(rendered -> assertThat(rendered.getNotificationId()).isEqualTo(notificationId));
  }

  private List<IncidentReported> eventsOf(String incident) {
    return TopicRecords.readAll(system.bootstrapServers(), Topics.INCIDENT_EVENTS).stream()
        .map(ConsumerRecord::value)
        .map(bytes -> AvroCodec.instance().decode(bytes, IncidentReported.class))
        .filter(event -> event.getEnvelope().getAggregateId().equals(incident))
        .toList();
  }

  private List<MessageRendered> renderedFor(String incident) {
    return TopicRecords.readAll(system.bootstrapServers(), Topics.NOTIFICATIONS).stream()
        .map(ConsumerRecord::value)
        .map(bytes -> AvroCodec.instance().decode(bytes, MessageRendered.class))
        .filter(rendered -> incident.equals(rendered.getIncidentId()))
        .toList();
  }
}
