package br.gov.es.prodest.npi007.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.component.ComponentUpdated;
import br.gov.es.prodest.npi007.gateway.component.ComponentCatalogue;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.databind.JsonNode;

/** The component catalogue in force (issue 12): the shipped components overlaid by ADMIN's changes on the components topic. */
class ComponentCatalogueTest extends GatewayTestSupport {

  @Test
  void the_shipped_components_are_listed_with_their_group_and_whether_they_are_public() {
    Response response = getAs("team", "/api/v1/components?limit=500");

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    List<String> slugs = new ArrayList<>();
    response.json().forEach(component -> slugs.add(component.path("slug").asString()));
    assertThat(slugs).contains("sistema-e-docs", "portal-do-servidor", "siga", "correio-eletronico", "rede-de-dados");
    JsonNode eDocs = getAs("notifier-sesa", "/api/v1/components/sistema-e-docs").json();
    assertThat(eDocs.path("name").asString()).isEqualTo("Sistema e-Docs");
    assertThat(eDocs.path("group").asString()).isEqualTo("Sistemas corporativos");
    assertThat(eDocs.path("public").asBoolean()).isTrue();
    assertThat(eDocs.has("isPublic")).isFalse();
    assertThat(getAs("team", "/api/v1/components/rede-de-dados").json().path("public").asBoolean()).isFalse();
    getAs("team", "/api/v1/components/nao-existe").assertProblem(404, "COMPONENT_NOT_FOUND");
  }

  @Test
  void the_list_is_paged_by_slug() {
    Response first = getAs("admin", "/api/v1/components?limit=2");

    assertThat(first.json()).hasSize(2);
    String link = first.headers().firstValue("Link").orElseThrow();
    assertThat(link).startsWith("</api/v1/components?limit=2&cursor=").endsWith(">; rel=\"next\"");
    String next = link.substring(1, link.indexOf('>'));
    JsonNode second = getAs("admin", next).json();
    assertThat(second.get(0).path("slug").asString()).isGreaterThan(first.json().get(1).path("slug").asString());
    getAs("admin", "/api/v1/components?limit=0").assertProblem(400, "INVALID_LIMIT");
  }

  @Test
  void an_admin_registers_a_component_on_the_topic_and_reads_it_at_once() {
    String slug = newSlug();
    Map<TopicPartition, Long> before = endOffsets(Topics.COMPONENTS);

    Response created = putJson("admin", "/api/v1/components/" + slug,
        "{\"name\":\" Sistema de Teste \",\"group\":\" Portais \",\"public\":true}");

    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/components/" + slug);
    JsonNode component = getAs("team", "/api/v1/components/" + slug).json();
    assertThat(component.path("name").asString()).isEqualTo("Sistema de Teste");
    assertThat(component.path("group").asString()).isEqualTo("Portais");
    assertThat(component.path("public").asBoolean()).isTrue();
    ComponentUpdated written = onlyRecordSince(before);
    assertThat(written.getSlug()).isEqualTo(slug);
    assertThat(written.getPublic$()).isTrue();
    EventEnvelope envelope = written.getEnvelope();
    assertThat(List.<Object>of(envelope.getAggregateId(), envelope.getSequence(), envelope.getActor().getUserId(),
        envelope.getActor().getRole(), envelope.getOrigin())).containsExactly(slug, 1L, "admin", Role.ADMIN, Origin.API);
    // derived like the organ events: a retried command is the same event
    assertThat(envelope.getEventId())
        .isEqualTo(UUID.nameUUIDFromBytes((envelope.getCommandId() + "/1").getBytes(StandardCharsets.UTF_8)).toString());
  }

  @Test
  void a_change_of_a_shipped_component_wins_over_the_shipped_catalogue() {
    Map<TopicPartition, Long> before = endOffsets(Topics.COMPONENTS);

    // no other test changes rede-de-dados, and each test JVM has a broker of its own
    Response changed = putJson("admin", "/api/v1/components/rede-de-dados", "{\"name\":\"Rede de dados do Estado\"}");

    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    ComponentUpdated written = onlyRecordSince(before);
    assertThat(written.getEnvelope().getSequence()).isEqualTo(1);
    assertThat(written.getGroup()).isNull();
    JsonNode component = getAs("management", "/api/v1/components/rede-de-dados").json();
    assertThat(component.path("name").asString()).isEqualTo("Rede de dados do Estado");
    assertThat(component.path("group").isNull()).isTrue();
    assertThat(component.path("public").asBoolean()).isFalse();
  }

  @Test
  void only_an_admin_changes_the_catalogue() {
    long before = recordsIn(Topics.COMPONENTS);

    putJson("team", "/api/v1/components/" + newSlug(), "{\"name\":\"Recusado\",\"public\":true}")
        .assertProblem(403, "FORBIDDEN");

    assertThat(recordsIn(Topics.COMPONENTS)).isEqualTo(before);
  }

  @Test
  void an_invalid_slug_or_name_is_400_in_portuguese_and_writes_nothing() {
    long before = recordsIn(Topics.COMPONENTS);

    JsonNode slug = putJson("admin", "/api/v1/components/Sistema_Teste", "{\"name\":\"Sistema\"}")
        .assertProblem(400, "INVALID_COMPONENT_SLUG");

    assertThat(slug.path("detail").asString()).contains("letras minúsculas sem acento");
    putJson("admin", "/api/v1/components/-teste", "{\"name\":\"Sistema\"}").assertProblem(400, "INVALID_COMPONENT_SLUG");
    putJson("admin", "/api/v1/components/" + "a".repeat(65), "{\"name\":\"Sistema\"}")
        .assertProblem(400, "INVALID_COMPONENT_SLUG");
    assertThat(fields(putJson("admin", "/api/v1/components/" + newSlug(), "{\"name\":\"  \"}")
        .assertProblem(400, "VALIDATION_FAILED"))).containsExactly("name");
    assertThat(fields(putJson("admin", "/api/v1/components/" + newSlug(), "{\"name\":\"" + "x".repeat(201) + "\"}")
        .assertProblem(400, "VALIDATION_FAILED"))).containsExactly("name");
    assertThat(recordsIn(Topics.COMPONENTS)).isEqualTo(before);
  }

  @Test
  void a_restarted_catalogue_is_rebuilt_from_the_topic() {
    String slug = newSlug();
    putJson("admin", "/api/v1/components/" + slug, "{\"name\":\"Primeiro nome\",\"public\":true}");
    putJson("admin", "/api/v1/components/" + slug, "{\"name\":\"Nome em vigor\",\"group\":\"Portais\"}");
    ComponentCatalogue restarted = new ComponentCatalogue(new ClassPathResource("npi007/components.json"), JSON);
    TopicReplay replay = restarted.replay(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        SharedKafkaBroker.bootstrapServers()));

    replay.start();
    try {
      await().atMost(Duration.ofSeconds(30)).until(replay::upToDate);
      assertThat(restarted.find(slug).orElseThrow().name()).isEqualTo("Nome em vigor");
      assertThat(restarted.find(slug).orElseThrow().isPublic()).isFalse();
      assertThat(restarted.find("siga").orElseThrow().group()).isEqualTo("Sistemas corporativos");
    } finally {
      replay.stop();
    }
  }

  @Test
  void the_openapi_document_describes_the_catalogue() {
    JsonNode paths = getAs(null, "/v3/api-docs").json().path("paths");

    assertThat(paths.path("/api/v1/components").path("get").path("parameters").toString()).contains("\"limit\"", "\"cursor\"");
    assertThat(paths.path("/api/v1/components/{slug}").has("get")).isTrue();
    assertThat(paths.path("/api/v1/components/{slug}").path("put").path("summary").asString()).contains("ADMIN");
  }

  /** A slug no other test uses: the topic outlives each test. */
  static String newSlug() {
    return "teste-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
  }

  private static ComponentUpdated onlyRecordSince(Map<TopicPartition, Long> before) {
    List<ConsumerRecord<String, byte[]>> records = recordsSince(Topics.COMPONENTS, before);
    assertThat(records).hasSize(1);
    ComponentUpdated event = AvroCodec.instance().decode(records.get(0).value(), ComponentUpdated.class);
    assertThat(records.get(0).key()).isEqualTo(event.getSlug());
    return event;
  }
}
