package br.gov.es.prodest.npi007.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.unit.UnitUpdated;
import br.gov.es.prodest.npi007.gateway.unit.UnitCatalogue;
import br.gov.es.prodest.npi007.gateway.unit.UnitKind;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.ErrorResponseException;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/** Issue 15: the functional units of NPI-007 section 4, shipped and overlaid by ADMIN's changes on the units topic. */
class UnitCatalogueTest extends GatewayTestSupport {

  @Autowired
  UnitCatalogue catalogue;

  // a request's unit must be in the catalogue; without one, the user's own counts only when the catalogue has it
  @Test
  void a_named_unit_must_be_known_and_the_users_own_counts_only_when_the_catalogue_has_it() {
    assertThat(catalogue.knownOr("unit", " geitic ", "GESIT")).isEqualTo("GEITIC");
    assertThat(catalogue.knownOr("unit", null, "GESIT")).isEqualTo("GESIT");
    assertThat(catalogue.knownOr("unit", " ", "gedad")).isEqualTo("GEDAD");
    assertThat(catalogue.knownOr("unit", null, "GEXYZ")).as("an identity provider's unknown unit").isNull();
    assertThat(catalogue.knownOr("unit", null, null)).isNull();
    assertThatThrownBy(() -> catalogue.knownOr("unit", "GEXYZ", "GESIT"))
        .isInstanceOfSatisfying(ErrorResponseException.class,
            problem -> assertThat(problem.getStatusCode().value()).isEqualTo(422));
  }

  @Test
  void the_catalogue_ships_the_nine_units_of_section_4_with_the_norms_names() {
    Response response = getAs("notifier-sesa", "/api/v1/units");

    assertThat(response.status()).isEqualTo(200);
    Map<String, String> units = new LinkedHashMap<>();
    response.json().forEach(unit -> units.put(unit.path("code").asString(),
        unit.path("name").asString() + " / " + unit.path("kind").asString()));
    assertThat(units).containsAllEntriesOf(Map.of(
        "GESIT", "Gerência de Sistemas / TECHNICAL_UNIT",
        "GEDAD", "Gerência de Dados / TECHNICAL_UNIT",
        "GEPTIC", "Gerência de Plataformas de TIC / TECHNICAL_UNIT",
        "GEITIC", "Gerência de Infraestrutura de TIC / TECHNICAL_UNIT",
        "GEINT", "Gerência de Integração / TECHNICAL_UNIT",
        "DIGER", "Diretoria Geral / DIRECTORATE",
        "DSTEM", "Diretoria Setorial Técnica / DIRECTORATE",
        "DSADM", "Diretoria Setorial Administrativa / DIRECTORATE",
        "ASCOM", "Assessoria de Comunicação / COMMUNICATION"));
  }

  @Test
  void one_unit_by_code_in_any_case_or_404() {
    assertThat(getAs("team", "/api/v1/units/geitic").json().path("name").asString())
        .isEqualTo("Gerência de Infraestrutura de TIC");
    getAs("team", "/api/v1/units/XPTO").assertProblem(404, "UNIT_NOT_FOUND");
  }

  @Test
  void a_new_unit_is_created_then_changed_and_read_at_once() {
    String code = newCode();
    Map<TopicPartition, Long> before = endOffsets(Topics.UNITS);

    Response created = putJson("admin", "/api/v1/units/" + code.toLowerCase(Locale.ROOT),
        unit(" Gerência de Testes ", "technical_unit"));

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/units/" + code);
    UnitUpdated written = onlyRecordSince(before);
    assertThat(written.getEnvelope().getAggregateId()).isEqualTo(code);
    assertThat(written.getEnvelope().getSequence()).isEqualTo(1);
    assertThat(written.getEnvelope().getActor().getRole()).isEqualTo(Role.ADMIN);
    assertThat(written.getName()).isEqualTo("Gerência de Testes");
    assertThat(written.getKind()).isEqualTo("TECHNICAL_UNIT");

    Map<TopicPartition, Long> beforeChange = endOffsets(Topics.UNITS);
    Response changed = putJson("admin", "/api/v1/units/" + code, unit("Diretoria de Testes", "DIRECTORATE"));

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(onlyRecordSince(beforeChange).getEnvelope().getSequence()).isEqualTo(2);
    JsonNode unit = getAs("team", "/api/v1/units/" + code).json();
    assertThat(unit.path("name").asString()).isEqualTo("Diretoria de Testes");
    assertThat(unit.path("kind").asString()).isEqualTo("DIRECTORATE");
  }

  @Test
  void invalid_changes_are_422_naming_each_field_and_write_nothing() {
    long before = recordsIn(Topics.UNITS);

    JsonNode problem = putJson("admin", "/api/v1/units/1X", "{\"name\":\"  \",\"kind\":\"EQUIPE\"}")
        .assertProblem(422, "VALIDATION_FAILED");

    assertThat(fields(problem)).containsExactly("code", "name", "kind");
    assertThat(fields(putJson("admin", "/api/v1/units/" + newCode(), "{\"name\":\"Sem tipo\"}")
        .assertProblem(422, "VALIDATION_FAILED"))).containsExactly("kind");
    assertThat(fields(putJson("admin", "/api/v1/units/" + newCode(), unit("x".repeat(201), "DIRECTORATE"))
        .assertProblem(422, "VALIDATION_FAILED"))).containsExactly("name");
    putJson("admin", "/api/v1/units/" + newCode(), "{\"name\":").assertProblem(400, "MALFORMED_REQUEST_BODY");
    assertThat(recordsIn(Topics.UNITS)).isEqualTo(before);
  }

  @Test
  void only_admin_changes_the_catalogue() {
    long before = recordsIn(Topics.UNITS);

    for (String user : List.of("team", "ascom", "management", "integration", "notifier-sesa")) {
      assertThat(putJson(user, "/api/v1/units/" + newCode(), unit("Tentativa", "TECHNICAL_UNIT")).status())
          .as(user).isEqualTo(403);
    }
    assertThat(recordsIn(Topics.UNITS)).isEqualTo(before);
  }

  @Test
  void a_retry_with_the_same_idempotency_key_writes_nothing_and_another_body_is_422() {
    String code = newCode();
    String key = UUID.randomUUID().toString();
    assertThat(putJson("admin", "/api/v1/units/" + code, unit("Uma vez", "COMMUNICATION"), "Idempotency-Key", key)
        .status()).isEqualTo(201);
    long before = recordsIn(Topics.UNITS);

    Response retry = putJson("admin", "/api/v1/units/" + code, unit("Uma vez", "COMMUNICATION"), "Idempotency-Key", key);

    assertThat(retry.status()).as(retry.body()).isEqualTo(201);
    assertThat(recordsIn(Topics.UNITS)).isEqualTo(before);
    putJson("admin", "/api/v1/units/" + code, unit("Outra", "COMMUNICATION"), "Idempotency-Key", key)
        .assertProblem(422, "IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void a_restarted_catalogue_is_rebuilt_from_the_topic() {
    String code = newCode();
    putJson("admin", "/api/v1/units/" + code, unit("Primeiro nome", "TECHNICAL_UNIT"));
    putJson("admin", "/api/v1/units/" + code, unit("Nome em vigor", "DIRECTORATE"));
    UnitCatalogue restarted = new UnitCatalogue(new ClassPathResource("npi007/units.json"), JSON);
    TopicReplay replay = restarted.replay(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        SharedKafkaBroker.bootstrapServers()));

    replay.start();
    try {
      await().atMost(Duration.ofSeconds(30)).until(replay::upToDate);
      assertThat(restarted.find(code).orElseThrow().name()).isEqualTo("Nome em vigor");
      assertThat(restarted.find(code).orElseThrow().kind()).isEqualTo(UnitKind.DIRECTORATE);
      assertThat(restarted.find("GEITIC").orElseThrow().kind()).isEqualTo(UnitKind.TECHNICAL_UNIT);
    } finally {
      replay.stop();
    }
  }

  private static String unit(String name, String kind) {
    return "{\"name\":\"" + name + "\",\"kind\":\"" + kind + "\"}";
  }

  /** A code no other test uses: the topic outlives each test. */
  private static String newCode() {
    return "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
  }

  private static UnitUpdated onlyRecordSince(Map<TopicPartition, Long> before) {
    List<ConsumerRecord<String, byte[]>> records = recordsSince(Topics.UNITS, before);
    assertThat(records).hasSize(1);
    UnitUpdated event = AvroCodec.instance().decode(records.get(0).value(), UnitUpdated.class);
    assertThat(records.get(0).key()).isEqualTo(event.getCode());
    return event;
  }
}
