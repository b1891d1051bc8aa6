package br.gov.es.prodest.npi007.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.organ.OrganUpdated;
import br.gov.es.prodest.npi007.gateway.organ.OrganCatalogue;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/** The catalogue in force: the shipped organs overlaid by ADMIN's changes on the organs topic (CONTRACTS.md). */
class OrganCatalogueTest extends GatewayTestSupport {

  @Test
  void the_catalogue_ships_prodest_and_the_states_main_organs() {
    Response response = getAs("notifier-detran", "/api/v1/organs");

    assertThat(response.status()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    response.json().forEach(organ -> codes.add(organ.path("code").asString()));
    assertThat(codes).contains("PRODEST", "SESA", "SEDU", "SEFAZ", "SEGER", "SESP", "DETRAN");
  }

  @Test
  void one_organ_by_code_or_404() {
    Response prodest = getAs("integration", "/api/v1/organs/PRODEST");

    assertThat(prodest.json().path("name").asString())
        .isEqualTo("Instituto de Tecnologia da Informação e Comunicação do Estado do Espírito Santo");
    assertThat(prodest.json().path("emails").isArray()).isTrue();
    assertThat(getAs("team", "/api/v1/organs/SESA").json().path("name").asString())
        .isEqualTo("Secretaria de Estado da Saúde");
    getAs("team", "/api/v1/organs/XPTO").assertProblem(404, "ORGAN_NOT_FOUND");
  }

  @Test
  void a_new_organ_is_created_and_read_at_once() {
    String code = newCode();
    Map<TopicPartition, Long> before = endOffsets(Topics.ORGANS);

    Response created = putJson("admin", "/api/v1/organs/" + code.toLowerCase(Locale.ROOT),
        organ(" Secretaria de Teste ", "\"ti@teste.es.gov.br\", \" gabinete@teste.es.gov.br \""));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/organs/" + code);
    JsonNode organ = getAs("team", "/api/v1/organs/" + code).json();
    assertThat(organ.path("name").asString()).isEqualTo("Secretaria de Teste");
    assertThat(organ.path("emails").toString()).isEqualTo("[\"ti@teste.es.gov.br\",\"gabinete@teste.es.gov.br\"]");
    OrganUpdated written = onlyRecordSince(before);
    assertThat(written.getEnvelope().getAggregateId()).isEqualTo(code);
    assertThat(written.getEnvelope().getSequence()).isEqualTo(1);
    assertThat(written.getEnvelope().getEventId()).isEqualTo(UUID.nameUUIDFromBytes(
        (written.getEnvelope().getCommandId() + "/1").getBytes(StandardCharsets.UTF_8)).toString());
    assertThat(written.getEnvelope().getActor().getRole()).isEqualTo(Role.ADMIN);
    assertThat(written.getEnvelope().getActor().getUserId()).isEqualTo("admin");
    assertThat(written.getEnvelope().getOrigin()).isEqualTo(Origin.API);
  }

  @Test
  void a_change_answers_200_with_the_next_version_and_its_notifier_exists_at_once() {
    String code = newCode();
    assertThat(putJson("admin", "/api/v1/organs/" + code, organ("Antes", "")).status()).isEqualTo(201);
    Map<TopicPartition, Long> before = endOffsets(Topics.ORGANS);

    Response changed = putJson("admin", "/api/v1/organs/" + code, organ("Depois", "\"novo@teste.es.gov.br\""));

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(changed.json().path("name").asString()).isEqualTo("Depois");
    assertThat(onlyRecordSince(before).getEnvelope().getSequence()).isEqualTo(2);
    assertThat(getAs("admin", "/api/v1/organs/" + code).json().path("name").asString()).isEqualTo("Depois");
    assertThat(getAs("notifier-" + code.toLowerCase(Locale.ROOT), "/api/v1/organs/" + code).status()).isEqualTo(200);
  }

  @Test
  void a_shipped_organ_is_changed_not_created_from_version_zero() {
    Map<TopicPartition, Long> before = endOffsets(Topics.ORGANS);

    Response changed = putJson("admin", "/api/v1/organs/PGE",
        organ("Procuradoria Geral do Estado do Espírito Santo", "\"pge@pge.es.gov.br\""));

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    // no other test changes PGE, and each test JVM has a broker of its own
    assertThat(onlyRecordSince(before).getEnvelope().getSequence()).isEqualTo(1);
    assertThat(getAs("notifier-pge", "/api/v1/organs/PGE").json().path("emails").get(0).asString())
        .isEqualTo("pge@pge.es.gov.br");
  }

  @Test
  void invalid_changes_are_422_naming_each_field_and_write_nothing() {
    long before = recordsIn(Topics.ORGANS);

    JsonNode problem = putJson("admin", "/api/v1/organs/1X", "{\"name\":\"  \",\"emails\":"
        + "[\"sem-arroba\", \"a@b.es.gov.br\", \"A@B.es.gov.br\", null]}").assertProblem(422, "VALIDATION_FAILED");

    assertThat(fields(problem)).containsExactly("code", "name", "emails[0]", "emails[2]", "emails[3]");
    assertThat(problem.path("detail").asString()).startsWith("A requisição tem campos inválidos");
    assertThat(fields(putJson("admin", "/api/v1/organs/" + newCode(), "{\"name\":\"Sem lista\"}")
        .assertProblem(422, "VALIDATION_FAILED"))).containsExactly("emails");
    assertThat(fields(putJson("admin", "/api/v1/organs/" + newCode(), organ("x".repeat(201), ""))
        .assertProblem(422, "VALIDATION_FAILED"))).containsExactly("name");
    putJson("admin", "/api/v1/organs/" + newCode(), "{\"name\":").assertProblem(400, "MALFORMED_REQUEST_BODY");
    assertThat(recordsIn(Topics.ORGANS)).isEqualTo(before);
  }

  @Test
  void a_retry_with_the_same_idempotency_key_writes_nothing_and_another_body_is_422() {
    String code = newCode();
    String key = UUID.randomUUID().toString();
    assertThat(putJson("admin", "/api/v1/organs/" + code, organ("Uma vez", ""), "Idempotency-Key", key).status())
        .isEqualTo(201);
    long before = recordsIn(Topics.ORGANS);

    Response retry = putJson("admin", "/api/v1/organs/" + code, organ("Uma vez", ""), "Idempotency-Key", key);

    assertThat(retry.status()).as(retry.body()).isEqualTo(201);
    assertThat(recordsIn(Topics.ORGANS)).isEqualTo(before);
    putJson("admin", "/api/v1/organs/" + code, organ("Outra", ""), "Idempotency-Key", key)
        .assertProblem(422, "IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void a_restarted_catalogue_is_rebuilt_from_the_topic() {
    String code = newCode();
    putJson("admin", "/api/v1/organs/" + code, organ("Primeiro nome", ""));
    putJson("admin", "/api/v1/organs/" + code, organ("Nome em vigor", "\"vigor@teste.es.gov.br\""));
    OrganCatalogue restarted = new OrganCatalogue(new ClassPathResource("npi007/organs.json"), JSON);
    TopicReplay replay = restarted.replay(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        SharedKafkaBroker.bootstrapServers()));

    replay.start();
    try {
      await().atMost(Duration.ofSeconds(30)).until(replay::upToDate);
      assertThat(restarted.find(code).orElseThrow().name()).isEqualTo("Nome em vigor");
      assertThat(restarted.find(code).orElseThrow().emails()).containsExactly("vigor@teste.es.gov.br");
      assertThat(restarted.find("SESA").orElseThrow().name()).isEqualTo("Secretaria de Estado da Saúde");
    } finally {
      replay.stop();
    }
  }

  private static String organ(String name, String emails) {
    return "{\"name\":\"" + name + "\",\"emails\":[" + emails + "]}";
  }

  /** A code no other test uses: the topic outlives each test. */
  private static String newCode() {
    return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
  }

  private static OrganUpdated onlyRecordSince(Map<TopicPartition, Long> before) {
    List<ConsumerRecord<String, byte[]>> records = recordsSince(Topics.ORGANS, before);
    assertThat(records).hasSize(1);
    OrganUpdated event = AvroCodec.instance().decode(records.get(0).value(), OrganUpdated.class);
    assertThat(records.get(0).key()).isEqualTo(event.getCode());
    return event;
  }
}
