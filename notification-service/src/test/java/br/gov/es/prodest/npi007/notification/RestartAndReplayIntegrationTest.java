package br.gov.es.prodest.npi007.notification;

import static br.gov.es.prodest.npi007.notification.DeliveryTopics.CODEC;
import static br.gov.es.prodest.npi007.notification.DeliveryTopics.PATIENCE;
import static br.gov.es.prodest.npi007.notification.DeliveryTopics.awaitRendered;
import static br.gov.es.prodest.npi007.notification.DeliveryTopics.deliveryStream;
import static br.gov.es.prodest.npi007.notification.DeliveryTopics.rendition;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.notificationIdOf;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.triaged;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.DeliveryDeadLettered;
import br.gov.es.prodest.npi007.avro.notification.DeliveryStarted;
import br.gov.es.prodest.npi007.avro.notification.DeliverySucceeded;
import br.gov.es.prodest.npi007.avro.notification.DeliveryTarget;
import br.gov.es.prodest.npi007.avro.notification.MessageDelivered;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.notification.message.adapter.kafka.RenderingStep;
import br.gov.es.prodest.npi007.notification.message.adapter.organ.OrganCatalogue;
import br.gov.es.prodest.npi007.notification.message.adapter.template.TemplateFiles;
import br.gov.es.prodest.npi007.notification.message.domain.EmailReplication;
import br.gov.es.prodest.npi007.notification.message.domain.MessageProjection;
import br.gov.es.prodest.npi007.notification.message.domain.Notification;
import br.gov.es.prodest.npi007.notification.message.domain.Placement;
import br.gov.es.prodest.npi007.notification.message.domain.ReviewPolicy;
import br.gov.es.prodest.npi007.notification.replay.ReplayCommand;
import br.gov.es.prodest.npi007.notification.replay.ReplaySettings;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service stopped in the middle of its deliveries and started again on the same data directory
 * and broker, with WhatsApp through an Evolution API (WireMock, answering slowly, one attempt at a
 * time) and e-mail by SMTP (GreenMail); then the read-only replay over what it wrote.
 */
class RestartAndReplayIntegrationTest {

  static final String SEND_TEXT = "/message/sendText/prodest";
  static final String GROUP = "120363025246125486@g.us";
  static final String RUN = "Reinício " + UUID.randomUUID().toString().substring(0, 8);
  static final WireMockServer EVOLUTION_API = new WireMockServer(WireMockConfiguration.options().dynamicPort()
      .bindAddress("127.0.0.1"));
  static final Mailbox MAIL = new Mailbox();
  static final List<String> NOTIFICATIONS = new ArrayList<>();
  static final Map<String, String> COMPONENTS = new HashMap<>();

  @BeforeAll
  static void deliveriesInterruptedByARestart() {
    EVOLUTION_API.start();
    // the messages of this run take 1.5 s each; others still pending on the shared broker go at once
    EVOLUTION_API.stubFor(post(urlPathEqualTo(SEND_TEXT)).withHeader("apikey", equalTo("chave-de-teste"))
        .withRequestBody(containing(RUN)).willReturn(sent().withFixedDelay(1500)));
    EVOLUTION_API.stubFor(post(urlPathEqualTo(SEND_TEXT)).atPriority(10).willReturn(sent()));
    DeliveryTopics.putOrgan("PRODEST", "Instituto de Tecnologia da Informação e Comunicação do Estado do Espírito Santo",
        List.of("ascom@prodest.es.gov.br"));
    String dataDir = "target/it-data/" + UUID.randomUUID();
    try (ConfigurableApplicationContext first = service(dataDir)) {
      for (int i = 1; i <= 4; i++) {
        confirm("Sistema " + i + " " + RUN);
      }
      await().atMost(PATIENCE).until(RestartAndReplayIntegrationTest::someDeliveredSomeInFlight);
    }
    try (ConfigurableApplicationContext second = service(dataDir)) {
      await().atMost(PATIENCE).until(() -> NOTIFICATIONS.stream().allMatch(RestartAndReplayIntegrationTest::settled));
    }
  }

  @AfterAll
  static void stopProviders() {
    EVOLUTION_API.stop();
    MAIL.close();
  }

  @Test
  void noMessageWasDeliveredTwice_andEveryTargetEndedDeliveredOrUncertain() {
    for (String notificationId : NOTIFICATIONS) {
      String component = COMPONENTS.get(notificationId);
      Rendition email = rendition(awaitRendered(notificationId), DeliveryChannel.EMAIL);
      assertThat(requests(component)).as(component).hasSizeLessThanOrEqualTo(1);
      assertThat(MAIL.containing(component)).extracting(Mailbox.Mail::to).doesNotHaveDuplicates()
          .isSubsetOf(email.getRecipients());
      List<SpecificRecord> stream = deliveryStream(notificationId);
      assertThat(stream).filteredOn(MessageDelivered.class::isInstance).hasSizeLessThanOrEqualTo(1);
      targets(stream).forEach(target -> assertThat(lastOf(stream, target)).as(target.getRecipient())
          .matches(last -> last instanceof DeliverySucceeded
              || (last instanceof DeliveryDeadLettered dead && dead.getUncertain())));
      long succeeded = stream.stream().filter(DeliverySucceeded.class::isInstance).count();
      assertThat(requests(component).size() + MAIL.containing(component).size()).isEqualTo((int) succeeded);
    }
    // the stop came in the middle: the second process delivered what the first had not started
    assertThat(NOTIFICATIONS).allMatch(id -> !DeliveryTopics.events(id, MessageDelivered.class).isEmpty()
        || !DeliveryTopics.events(id, DeliveryDeadLettered.class).isEmpty());
  }

  @Test
  void theEvolutionApiIsCalledOnItsInstance_withTheKey_andTheApprovedText() throws Exception {
    String notificationId = NOTIFICATIONS.get(0);
    String approved = rendition(awaitRendered(notificationId), DeliveryChannel.WHATSAPP).getText();
    ServeEvent request = requests(COMPONENTS.get(notificationId)).get(0);

    assertThat(request.getRequest().getUrl()).isEqualTo(SEND_TEXT);
    assertThat(request.getRequest().getHeader("apikey")).isEqualTo("chave-de-teste");
    JsonNode body = JsonMapper.builder().build().readTree(request.getRequest().getBodyAsString());
    assertThat(body.get("number").asString()).isEqualTo(GROUP);
    assertThat(body.get("text").asString()).isEqualTo(approved);
    assertThat(DeliveryTopics.events(notificationId, DeliverySucceeded.class))
        .filteredOn(succeeded -> succeeded.getTarget().getProvider().equals("evolution-api"))
        .singleElement().satisfies(succeeded -> assertThat(succeeded.getProviderMessageId()).isEqualTo("3EB0C767D26A"));
  }

  @Test
  void aReplayRendersTheSameBytes_andSendsNothing() {
    int requests = EVOLUTION_API.getAllServeEvents().size();
    int mails = MAIL.all().size();
    int notifications = Outputs.read(Topics.NOTIFICATIONS.name()).size();

    Replay replay = replay();

    assertThat(replay.output()).contains("Resumo:", "npi007.incident.events: concluído", "DELIVERED")
        .doesNotContain("DIFERENÇA");
    // the figures `./npi007 bench replay` reads: every record of the five topics, and the time taken
    assertThat(replay.output())
        .containsPattern("leitura: [1-9][0-9]* registros em [0-9]+\\.[0-9]{2} s \\([0-9]+ registros/s\\)");
    assertThat(replay.status()).as(replay.output()).isZero();
    assertThat(EVOLUTION_API.getAllServeEvents()).hasSize(requests);
    assertThat(MAIL.all()).hasSize(mails);
    assertThat(Outputs.read(Topics.NOTIFICATIONS.name())).hasSize(notifications);
  }

  /** CONTRACTS.md, "Replay": a changed template is reported, the recorded bytes stay; it is no difference. */
  @Test
  void aReplayWithAChangedTemplate_reportsIt_andKeepsTheRecordedText(@TempDir Path templates) throws Exception {
    try (var shipped = getClass().getClassLoader().getResourceAsStream("templates/6.3.txt")) {
      Files.writeString(templates.resolve("6.3.txt"), new String(shipped.readAllBytes(), StandardCharsets.UTF_8)
          .replace("Nossa equipe está trabalhando", "Nossa equipe técnica está trabalhando"));
    }
    List<byte[]> recorded = Outputs.read(Topics.NOTIFICATIONS.name()).stream().map(record -> record.value()).toList();

    Replay replay = replay("--npi007.templates.dir=" + templates);

    assertThat(replay.output()).contains("modelo alterado: " + NOTIFICATIONS.get(0) + " (6.3)")
        .doesNotContain("DIFERENÇA");
    assertThat(replay.status()).as(replay.output()).isZero();
    assertThat(Outputs.read(Topics.NOTIFICATIONS.name())).extracting(record -> record.value())
        .containsExactlyElementsOf(recorded);
  }

  @Test
  void aReplayThatRendersDifferently_exitsWithOne() {
    // 6.3 no longer replicated by e-mail: the same events now render other messages
    Replay replay = replay("--npi007.email-replication=6.4,6.6");

    assertThat(replay.output()).contains("DIFERENÇA " + NOTIFICATIONS.get(0) + " (6.3): texto diferente do registrado");
    assertThat(replay.status()).as(replay.output()).isEqualTo(1);
  }

  /**
   * Issue 10: a message rendered by an earlier version carries the unplaced id it got then; the replay
   * renders it again under its placed id, finds the recorded one under the unplaced id, and reports
   * no difference. (The earlier version's record is made here as that version made it: same
   * projection, its naming.)
   */
  @Test
  void aReplayFindsAMessageOfAnEarlierVersionUnderItsUnplacedId() {
    String incidentId = UUID.randomUUID().toString();
    IncidentReported report = IncidentEvents.reported(incidentId, "Sistema Legado " + RUN, ReportSource.WHATSAPP_GROUP,
        Instant.parse("2025-03-15T11:00:00Z"));
    RenderingStep earlierVersion = new RenderingStep(new TemplateFiles(null), new MessageProjection.Settings(
        "https://servicedesk.prodest.es.gov.br", ReviewPolicy.ofIds(List.of("6.1")), OrganCatalogue.shipped(),
        EmailReplication.ofIds(List.of("6.3", "6.4", "6.6")), Placement.NONE));
    Notification recorded = earlierVersion.apply(Topics.INCIDENT_EVENTS, CODEC.encode(report), new OnceEach())
        .get(0);
    String placedId = notificationIdOf(report.getEnvelope(), "6.1");
    assertThat(recorded.notificationId()).isEqualTo(Notification.unplacedIdOf(report.getEnvelope().getEventId(), "6.1"))
        .isNotEqualTo(placedId);
    DeliveryTopics.send(Topics.INCIDENT_EVENTS.name(), incidentId, report);
    DeliveryTopics.send(Topics.NOTIFICATIONS.name(), recorded.notificationId(),
        CODEC.decode(earlierVersion.encode(recorded)));

    Replay replay = replay();

    assertThat(Outputs.read(Topics.NOTIFICATIONS.name())).extracting(ConsumerRecord::key).doesNotContain(placedId);
    assertThat(replay.output()).doesNotContain("DIFERENÇA");
    assertThat(replay.status()).as(replay.output()).isZero();
  }

  /** The rendering memory of a fresh run: every notification is new. */
  private static final class OnceEach implements RenderingStep.Memory {
    @Override
    public java.util.Optional<String> verdictOf(String incidentId) {
      return java.util.Optional.empty();
    }

    @Override
    public void rememberVerdict(String incidentId, String verdict) {
    }

    @Override
    public boolean firstRendering(String notificationId) {
      return true;
    }
  }

  record Replay(int status, String output) {
  }

  private static Replay replay(String... overrides) {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    String[] args = Stream.concat(Stream.of("--npi007.replay=true",
        "--spring.kafka.bootstrap-servers=" + SharedKafkaBroker.bootstrapServers()), Stream.of(overrides))
        .toArray(String[]::new);
    int status = new ReplayCommand(ReplaySettings.from(args, Map.of()),
        new PrintStream(printed, true, StandardCharsets.UTF_8)).run();
    return new Replay(status, printed.toString(StandardCharsets.UTF_8));
  }

  /** The service as production runs it, its settings as the environment variables of CONTRACTS.md. */
  private static ConfigurableApplicationContext service(String dataDir) {
    return new SpringApplicationBuilder(NotificationServiceApplication.class).run(
        "--spring.kafka.bootstrap-servers=" + SharedKafkaBroker.bootstrapServers(), "--server.port=0",
        "--NPI007_DATA_DIR=" + dataDir, "--NPI007_REVIEW_MESSAGES=", "--NPI007_WHATSAPP_PROVIDER=evolution-api",
        "--NPI007_WHATSAPP_RECIPIENT=" + GROUP, "--NPI007_EVOLUTION_API_BASE_URL=" + EVOLUTION_API.baseUrl(),
        "--NPI007_EVOLUTION_API_INSTANCE=prodest", "--NPI007_EVOLUTION_API_KEY=chave-de-teste",
        "--SPRING_MAIL_HOST=127.0.0.1", "--SPRING_MAIL_PORT=" + MAIL.port(), "--NPI007_DELIVERY_CONCURRENCY=1",
        "--NPI007_DELIVERY_TIMEOUT=PT5S", "--NPI007_DELIVERY_BACKOFF_INITIAL=PT0.2S");
  }

  private static void confirm(String component) {
    String incidentId = UUID.randomUUID().toString();
    IncidentTriaged event = triaged(incidentId, 2, component, Verdict.CONFIRMED_GENERAL, "acesso", null,
        Instant.parse("2025-03-15T12:05:00Z"));
    DeliveryTopics.send(Topics.INCIDENT_EVENTS.name(), incidentId, event);
    String notificationId = notificationIdOf(event.getEnvelope(), "6.3");
    NOTIFICATIONS.add(notificationId);
    COMPONENTS.put(notificationId, component);
  }

  /** A WhatsApp attempt of this run succeeded and another one is with the provider: the moment to stop. */
  /**
   * Some WhatsApp messages delivered, not all: the stop falls in the middle of the run. (Asking for
   * one in flight at the very moment of a poll made the wait miss its window on a loaded machine.)
   */
  private static boolean someDeliveredSomeInFlight() {
    List<List<SpecificRecord>> streams = NOTIFICATIONS.stream().map(DeliveryTopics::deliveryStream).toList();
    long delivered = streams.stream().filter(stream -> stream.stream().anyMatch(event -> event instanceof DeliverySucceeded s
        && s.getTarget().getProvider().equals("evolution-api"))).count();
    return delivered > 0 && delivered < NOTIFICATIONS.size();
  }

  private static boolean settled(String notificationId) {
    List<SpecificRecord> stream = deliveryStream(notificationId);
    return stream.stream().anyMatch(MessageDelivered.class::isInstance)
        || stream.stream().anyMatch(DeliveryDeadLettered.class::isInstance) && targets(stream).stream()
            .noneMatch(target -> lastOf(stream, target) instanceof DeliveryStarted);
  }

  private static List<DeliveryTarget> targets(List<SpecificRecord> stream) {
    return stream.stream().filter(DeliveryStarted.class::isInstance).map(e -> ((DeliveryStarted) e).getTarget())
        .distinct().toList();
  }

  private static SpecificRecord lastOf(List<SpecificRecord> stream, DeliveryTarget target) {
    return stream.stream().filter(event -> event.toString().contains(target.getDeliveryId()))
        .reduce((first, second) -> second).orElseThrow();
  }

  private static List<ServeEvent> requests(String component) {
    return EVOLUTION_API.getAllServeEvents().stream()
        .filter(event -> event.getRequest().getBodyAsString().contains(component)).toList();
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder sent() {
    return okJson("{\"key\":{\"remoteJid\":\"" + GROUP + "\",\"fromMe\":true,\"id\":\"3EB0C767D26A\"},"
        + "\"status\":\"PENDING\"}").withStatus(201);
  }
}
