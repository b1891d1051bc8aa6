package br.gov.es.prodest.npi007.notification;

import static br.gov.es.prodest.npi007.notification.IncidentEvents.notificationIdOf;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.triaged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import br.gov.es.prodest.npi007.avro.notification.DeliveryDeadLettered;
import br.gov.es.prodest.npi007.avro.notification.DeliveryFailed;
import br.gov.es.prodest.npi007.avro.notification.DeliverySucceeded;
import br.gov.es.prodest.npi007.avro.notification.MessageDelivered;
import br.gov.es.prodest.npi007.avro.organ.OrganUpdated;
import br.gov.es.prodest.npi007.delivery.Channel;
import br.gov.es.prodest.npi007.delivery.Delivery;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBrokerInitializer;
import br.gov.es.prodest.npi007.notification.replay.ReplayCommand;
import br.gov.es.prodest.npi007.notification.replay.ReplaySettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The delivery engine on a real broker, with scripted providers: every message AUTO, WhatsApp
 * through the "Cloud API", e-mail to the organs of the catalogue topic; back-off of 200 ms.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "npi007.review-messages=", "npi007.whatsapp.provider=cloud-api", "npi007.whatsapp.recipient=grupo-ti-es",
    "npi007.delivery.max-attempts=3", "npi007.delivery.backoff-initial=PT0.2S", "npi007.delivery.backoff-max=PT0.5S",
    "npi007.delivery.timeout=PT2S", "npi007.delivery.shipped-adapters=false"})
@ContextConfiguration(initializers = SharedKafkaBrokerInitializer.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DeliveryIntegrationTest {

  static final Duration PATIENCE = Duration.ofSeconds(60);
  static final AvroCodec CODEC = AvroCodec.instance();
  static final List<String> ORGAN_ADDRESSES = List.of("ascom@prodest.es.gov.br", "ti@saude.es.gov.br");

  @Autowired
  @Qualifier("whatsApp")
  ScriptedProvider whatsApp;

  @Autowired
  @Qualifier("email")
  ScriptedProvider email;

  @TestConfiguration
  static class Providers {
    @Bean
    ScriptedProvider whatsApp() {
      return new ScriptedProvider("whatsapp-cloud-api", Channel.WHATSAPP);
    }

    @Bean
    ScriptedProvider email() {
      return new ScriptedProvider("eml-file", Channel.EMAIL);
    }
  }

  @DynamicPropertySource
  static void isolatedDataDirectory(DynamicPropertyRegistry registry) {
    registry.add("npi007.data-dir", () -> "target/it-data/" + UUID.randomUUID());
  }

  /** The organs with addresses, on the catalogue topic before the service starts. */
  @BeforeAll
  static void organsWithAddresses() throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
        SharedKafkaBroker.bootstrapServers()))) {
      if (!admin.listTopics().names().get().contains(Topics.ORGANS.name())) {
        admin.createTopics(List.of(Topics.ORGANS.newTopic())).all().get();
      }
    }
    send(Topics.ORGANS.name(), "PRODEST", organ("PRODEST", "Instituto de Tecnologia da Informação e Comunicação do Estado do Espírito Santo", "ascom@prodest.es.gov.br"));
    send(Topics.ORGANS.name(), "SESA", organ("SESA", "Secretaria de Estado da Saúde", "ti@saude.es.gov.br"));
  }

  @Test
  void aConfirmedIncidentReachesTheGroupAndEveryOrgan_once() {
    String notificationId = confirm("Portal do Servidor");

    MessageDelivered delivered = awaitDelivered(notificationId);
    assertThat(delivered.getPostedManually()).isFalse();
    assertThat(whatsApp.callsFor(notificationId)).singleElement().satisfies(call -> {
      assertThat(call.recipient()).isEqualTo("grupo-ti-es");
      assertThat(call.text()).startsWith("*PRODEST Informa: Aviso de Indisponibilidade*");
    });
    assertThat(email.callsFor(notificationId)).extracting(Delivery::recipient)
        .containsExactlyInAnyOrderElementsOf(ORGAN_ADDRESSES);
    assertThat(email.callsFor(notificationId)).allSatisfy(call ->
        assertThat(call.subject()).isEqualTo("PRODEST Informa: Aviso de Indisponibilidade"));
  }

  @Test
  void aRefusalIsRetriedAfterItsBackOff_andDeliveredOnce() {
    String notificationId = confirm("Sistema FALHA-500");

    awaitDelivered(notificationId);
    assertThat(whatsApp.callsFor(notificationId)).extracting(Delivery::attempt).containsExactly(1, 2);
    assertThat(onWhatsApp(events(notificationId, DeliveryFailed.class))).singleElement().satisfies(failed -> {
      assertThat(failed.getRetryable()).isTrue();
      assertThat(failed.getNextAttemptAt()).isAfterOrEqualTo(failed.getEnvelope().getOccurredAt().plusMillis(200));
    });
  }

  @Test
  void aTooManyRequestsWaitsForItsRetryAfter() {
    String notificationId = confirm("Sistema FALHA-429");

    awaitDelivered(notificationId);
    DeliveryFailed failed = onWhatsApp(events(notificationId, DeliveryFailed.class)).get(0);
    assertThat(failed.getNextAttemptAt()).isEqualTo(failed.getEnvelope().getOccurredAt().plusSeconds(1));
    assertThat(whatsApp.callsFor(notificationId)).hasSize(2);
  }

  @Test
  void anUnknownOutcomeIsGivenUpAsUncertain_neverRepeated() {
    String notificationId = confirm("Sistema INCERTO");

    DeliveryDeadLettered dead = awaitDeadLetter(notificationId);
    assertThat(dead.getUncertain()).isTrue();
    assertThat(dead.getTarget().getProvider()).isEqualTo("whatsapp-cloud-api");
    assertThat(whatsApp.callsFor(notificationId)).hasSize(1);
    assertThat(events(notificationId, MessageDelivered.class)).isEmpty();
  }

  @Test
  void exhaustedAttemptsAreGivenUp_andCopiedToTheDeadLetters() {
    String notificationId = confirm("Sistema SEMPRE-500");

    DeliveryDeadLettered dead = awaitDeadLetter(notificationId);
    assertThat(dead.getUncertain()).isFalse();
    assertThat(dead.getAttempts()).isEqualTo(3);
    assertThat(whatsApp.callsFor(notificationId)).extracting(Delivery::attempt).containsExactly(1, 2, 3);
    await().atMost(PATIENCE).until(() -> Outputs.read(Topics.DELIVERY_DEAD_LETTERS.name()).stream()
        .anyMatch(record -> notificationId.equals(record.key())));
  }

  @Test
  void aProviderThatHangsDoesNotDelayTheEmails() {
    String notificationId = confirm("Sistema LENTO");

    await().atMost(PATIENCE).until(() -> events(notificationId, DeliverySucceeded.class).size()
        == ORGAN_ADDRESSES.size());
    assertThat(events(notificationId, MessageDelivered.class)).isEmpty();
    whatsApp.release.countDown();
    awaitDelivered(notificationId);
    assertThat(whatsApp.callsFor(notificationId)).hasSize(1);
  }

  @Test
  void aReplayRendersTheSameBytes_rebuildsTheOutbox_andSendsNothing() throws Exception {
    String notificationId = confirm("Portal da Transparência");
    awaitDelivered(notificationId);
    int whatsAppCalls = whatsApp.calls.size();
    int emailCalls = email.calls.size();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();

    int status = new ReplayCommand(ReplaySettings.from(new String[] {"--npi007.replay=true",
        "--spring.kafka.bootstrap-servers=" + SharedKafkaBroker.bootstrapServers()}, Map.of()),
        new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

    String output = printed.toString(StandardCharsets.UTF_8);
    assertThat(output).contains("Resumo:", "npi007.incident.events: concluído", "DELIVERED");
    assertThat(output).doesNotContain("DIFERENÇA");
    assertThat(status).as(output).isZero();
    assertThat(whatsApp.calls).hasSize(whatsAppCalls);
    assertThat(email.calls).hasSize(emailCalls);
  }

  private static String confirm(String component) {
    String incidentId = UUID.randomUUID().toString();
    IncidentTriaged event = triaged(incidentId, 2, component, Verdict.CONFIRMED_GENERAL, "acesso", null,
        Instant.parse("2025-03-15T12:05:00Z"));
    send(Topics.INCIDENT_EVENTS.name(), incidentId, event);
    return notificationIdOf(event.getEnvelope(), "6.3");
  }

  static MessageDelivered awaitDelivered(String notificationId) {
    return await().atMost(PATIENCE).until(() -> events(notificationId, MessageDelivered.class), list -> !list.isEmpty())
        .get(0);
  }

  /** The WhatsApp delivery's dead letter (the e-mails, scripted alike, have their own). */
  static DeliveryDeadLettered awaitDeadLetter(String notificationId) {
    return await().atMost(PATIENCE).until(() -> onWhatsApp(events(notificationId, DeliveryDeadLettered.class)),
        list -> !list.isEmpty()).get(0);
  }

  static <T extends SpecificRecord> List<T> onWhatsApp(List<T> events) {
    return events.stream().filter(event -> event.toString().contains("\"provider\": \"whatsapp-cloud-api\"")).toList();
  }

  static <T extends SpecificRecord> List<T> events(String notificationId, Class<T> type) {
    return Outputs.read(Topics.DELIVERIES.name()).stream().filter(record -> notificationId.equals(record.key()))
        .map(record -> CODEC.decode(record.value())).filter(type::isInstance).map(type::cast).toList();
  }

  private static OrganUpdated organ(String code, String name, String address) {
    String eventId = UUID.randomUUID().toString();
    return new OrganUpdated(new EventEnvelope(eventId, code, 1L, Instant.now(), new Actor("admin", Role.ADMIN, null),
        Origin.API, eventId, eventId), code, name, List.of(address));
  }

  static void send(String topic, String key, SpecificRecord value) {
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedKafkaBroker.bootstrapServers()),
        new StringSerializer(), new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topic, key, CODEC.encode(value))).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
