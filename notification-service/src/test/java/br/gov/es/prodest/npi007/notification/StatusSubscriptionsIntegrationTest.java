package br.gov.es.prodest.npi007.notification;

import static br.gov.es.prodest.npi007.notification.IncidentEvents.notificationIdOf;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.reported;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.triaged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.component.ComponentUpdated;
import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.incident.ServiceRestored;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import br.gov.es.prodest.npi007.avro.notification.ApproveMessage;
import br.gov.es.prodest.npi007.avro.status.StatusSubscription;
import br.gov.es.prodest.npi007.avro.status.SubscriptionState;
import br.gov.es.prodest.npi007.notification.status.subscription.domain.SubscriptionToken;
import br.gov.es.prodest.npi007.notification.status.subscription.domain.SubscriptionToken.Purpose;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subscribers' mails on a real broker with GreenMail as the SMTP relay: the confirmation of a
 * PENDING subscription, an approved update to the confirmed subscribers of its component only (with
 * the one-click unsubscribe headers), nothing twice across a restart, nothing after a tombstone.
 */
class StatusSubscriptionsIntegrationTest {

  static final Duration PATIENCE = Duration.ofSeconds(60);
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final String SECRET = "segredo-de-integracao";
  static final String PUBLIC_URL = "https://status.teste.es.gov.br";
  static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  static final String NAME = "Sistema Assinado " + RUN;
  static final String SLUG = "sistema-assinado-" + RUN;
  static final String OTHER = "outro-sistema-" + RUN;
  static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  static {
    SMTP.start();
  }

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  @Test
  void subscribersAreMailedOnce_onlyForTheirComponents_untilTheyLeave() throws Exception {
    String dataDir = "target/it-data/" + UUID.randomUUID();
    String pending = UUID.randomUUID().toString();
    String subscriber = UUID.randomUUID().toString();
    String elsewhere = UUID.randomUUID().toString();
    String pendingAddress = "pendente-" + RUN + "@example.org";
    String subscriberAddress = "assinante-" + RUN + "@example.org";
    String elsewhereAddress = "outro-" + RUN + "@example.org";
    String incident = UUID.randomUUID().toString();
    try (ConfigurableApplicationContext first = service(dataDir)) {
      String port = port(first);
      await().atMost(PATIENCE).until(() -> get(port, "/actuator/health").statusCode() == 200);
      putComponent(SLUG, NAME);
      putComponent(OTHER, "Outro Sistema " + RUN);
      subscribe(pending, pendingAddress, List.of(), SubscriptionState.PENDING);
      subscribe(subscriber, subscriberAddress, List.of(SLUG), SubscriptionState.CONFIRMED);
      subscribe(elsewhere, elsewhereAddress, List.of(OTHER), SubscriptionState.CONFIRMED);

      // the internal API the gateway's confirm page reads
      JsonNode found = JSON.readTree(await().atMost(PATIENCE).until(() -> get(port,
          "/internal/status/subscriptions/" + pending), response -> response.statusCode() == 200).body());
      assertThat(found.get("subscriptionId").asString()).isEqualTo(pending);
      assertThat(found.get("email").asString()).isEqualTo(pendingAddress);
      assertThat(found.get("components")).isEmpty();
      assertThat(found.get("state").asString()).isEqualTo("PENDING");
      assertThat(found.get("requestedAt").asString()).isEqualTo(NOW.toString());
      assertThat(get(port, "/internal/status/subscriptions/" + UUID.randomUUID()).statusCode()).isEqualTo(404);

      // the PENDING one gets its confirmation link
      MimeMessage confirmation = await().atMost(PATIENCE).until(() -> to(pendingAddress), m -> m.size() == 1).get(0);
      assertThat(text(confirmation)).contains(PUBLIC_URL + "/status/subscriptions/" + pending + "/confirm?token="
          + SubscriptionToken.of(SECRET, Purpose.CONFIRM, pending));

      // an incident of the subscribed component, public once ASCOM approves its 6.3
      IncidentTriaged triage = triaged(incident, 2, NAME, Verdict.CONFIRMED_GENERAL, "Sem acesso ao sistema", null,
          NOW.plusSeconds(60));
      DeliveryTopics.send(Topics.INCIDENT_EVENTS.name(), incident,
          reported(incident, NAME, ReportSource.WHATSAPP_GROUP, NOW.plusSeconds(30)));
      DeliveryTopics.send(Topics.INCIDENT_EVENTS.name(), incident, triage);
      String update = notificationIdOf(triage.getEnvelope(), "6.3");
      DeliveryTopics.awaitRendered(update);
      approve(update);

      MimeMessage mail = await().atMost(PATIENCE).until(() -> to(subscriberAddress), m -> m.size() == 1).get(0);
      String unsubscribe = PUBLIC_URL + "/status/subscriptions/" + subscriber + "/unsubscribe?token="
          + SubscriptionToken.of(SECRET, Purpose.UNSUBSCRIBE, subscriber);
      assertThat(mail.getSubject()).endsWith(" – " + NAME);
      assertThat(text(mail)).contains("Para cancelar a assinatura: " + unsubscribe);
      assertThat(mail.getHeader("List-Unsubscribe", null)).isEqualTo("<" + unsubscribe + ">");
      assertThat(mail.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
      // the update is in the public feed, so the mailer has passed it: no other mail for these
      assertThat(json(port, "/internal/status/updates?component=" + SLUG).toString()).contains(update);
      assertThat(to(elsewhereAddress)).isEmpty();
      assertThat(to(pendingAddress)).hasSize(1);
    }

    // a restart on the same data: the ledger and the position send nothing again
    try (ConfigurableApplicationContext second = service(dataDir)) {
      String port = port(second);
      await().atMost(PATIENCE).until(() -> get(port, "/actuator/health").statusCode() == 200);
      // the subscriber leaves (a tombstone), then a second update of the component is approved
      tombstone(subscriber);
      await().atMost(PATIENCE).until(() -> get(port, "/internal/status/subscriptions/" + subscriber).statusCode()
          == 404);
      // a witness subscribes to the component: once it has the next update, the round that sent it is past
      String witness = UUID.randomUUID().toString();
      String witnessAddress = "testemunha-" + RUN + "@example.org";
      subscribe(witness, witnessAddress, List.of(SLUG), SubscriptionState.CONFIRMED);
      await().atMost(PATIENCE).until(() -> get(port, "/internal/status/subscriptions/" + witness).statusCode() == 200);
      ServiceRestored restored = IncidentEvents.restored(incident, 3, NAME, NOW.plusSeconds(600));
      DeliveryTopics.send(Topics.INCIDENT_EVENTS.name(), incident, restored);
      String restoration = notificationIdOf(restored.getEnvelope(), "6.4");
      DeliveryTopics.awaitRendered(restoration);
      approve(restoration);

      MimeMessage witnessed = await().atMost(PATIENCE).until(() -> to(witnessAddress), m -> m.size() == 1).get(0);
      assertThat(witnessed.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
      // nothing again after the restart, nothing after the tombstone, nothing for another component
      assertThat(to(subscriberAddress)).hasSize(1);
      assertThat(to(pendingAddress)).hasSize(1);
      assertThat(to(elsewhereAddress)).isEmpty();
    }
  }

  private static List<MimeMessage> to(String address) {
    return Arrays.stream(SMTP.getReceivedMessages()).filter(message -> {
      try {
        return message.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static String text(MimeMessage message) throws Exception {
    return ((String) message.getContent()).replace("\r\n", "\n");
  }

  private static void subscribe(String id, String email, List<String> components, SubscriptionState state) {
    DeliveryTopics.send(Topics.STATUS_SUBSCRIPTIONS.name(), id, new StatusSubscription(new EventEnvelope(
        UUID.randomUUID().toString(), id, 1L, NOW, new Actor("publico", Role.ADMIN, null, null), Origin.API,
        UUID.randomUUID().toString(), UUID.randomUUID().toString()), id, email, components, state, NOW));
  }

  private static void tombstone(String id) {
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers()),
        new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(Topics.STATUS_SUBSCRIPTIONS.name(), id, null)).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void putComponent(String slug, String name) {
    DeliveryTopics.send(Topics.COMPONENTS.name(), slug, new ComponentUpdated(new EventEnvelope(
        UUID.randomUUID().toString(), slug, 1L, NOW, new Actor("admin", Role.ADMIN, null, null), Origin.API,
        UUID.randomUUID().toString(), UUID.randomUUID().toString()), slug, name, "Testes " + RUN, true));
  }

  private static void approve(String notificationId) {
    String commandId = UUID.randomUUID().toString();
    DeliveryTopics.send(Topics.NOTIFICATION_COMMANDS.name(), notificationId, new ApproveMessage(new CommandMetadata(
        commandId, UUID.randomUUID().toString(), Instant.now(), new Actor("ana.ascom", Role.ASCOM, "PRODEST", null),
        Origin.API, null), notificationId, List.of()));
  }

  private static ConfigurableApplicationContext service(String dataDir) {
    return new SpringApplicationBuilder(NotificationServiceApplication.class).run(
        "--spring.kafka.bootstrap-servers=" + SharedKafkaBroker.bootstrapServers(), "--server.port=0",
        "--NPI007_DATA_DIR=" + dataDir, "--NPI007_REVIEW_MESSAGES=6.1,6.3,6.4,6.5,6.6",
        "--SPRING_MAIL_HOST=127.0.0.1", "--SPRING_MAIL_PORT=" + SMTP.getSmtp().getPort(),
        "--NPI007_SUBSCRIPTION_SECRET=" + SECRET, "--NPI007_PUBLIC_URL=" + PUBLIC_URL);
  }

  private static String port(ConfigurableApplicationContext context) {
    return context.getEnvironment().getProperty("local.server.port");
  }

  private static HttpResponse<String> get(String port, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(String port, String path) throws Exception {
    return JSON.readTree(get(port, path).body());
  }
}
