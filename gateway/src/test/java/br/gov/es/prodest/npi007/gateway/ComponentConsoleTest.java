package br.gov.es.prodest.npi007.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.component.ComponentUpdated;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** ADMIN's component catalogue at the console (issue 12): the list, the form that adds or changes, the refusals. */
class ComponentConsoleTest extends GatewayTestSupport {

  private static final String PAGE = "/console/admin/components";

  @Test
  void the_page_lists_the_catalogue_in_words_with_links_to_the_public_pages() {
    ConsoleSession admin = signedIn("admin");

    ConsoleSession.Page page = admin.get(PAGE);

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Componentes</h1>", "Sistema e-Docs", "Sistemas corporativos", "Rede de dados",
        "Sim", "Não", "href=\"/status/components/sistema-e-docs\"", "name=\"_csrf\"", "name=\"idempotencyKey\"")
        .doesNotContain("href=\"/status/components/rede-de-dados\"", "style=\"", "<script>");
  }

  @Test
  void an_admin_adds_a_component_then_changes_it_through_the_form() {
    ConsoleSession admin = signedIn("admin");
    String slug = ComponentCatalogueTest.newSlug();
    Map<TopicPartition, Long> before = endOffsets(Topics.COMPONENTS);

    ConsoleSession.Page added = admin.submit(PAGE, PAGE, Map.of("slug", slug, "name", "Portal de Teste",
        "group", "Portais", "public", "true", "idempotencyKey", UUID.randomUUID().toString()));

    assertThat(added.status()).isEqualTo(302);
    assertThat(added.location()).endsWith(PAGE);
    assertThat(admin.get(PAGE).body()).contains("Componente " + slug + " salvo no catálogo.", "Portal de Teste",
        "href=\"/status/components/" + slug + "\"");
    List<ConsumerRecord<String, byte[]>> records = recordsSince(Topics.COMPONENTS, before);
    assertThat(records).hasSize(1);
    ComponentUpdated event = AvroCodec.instance().decode(records.get(0).value(), ComponentUpdated.class);
    assertThat(event.getEnvelope().getActor().getUserId()).isEqualTo("admin");
    assertThat(event.getEnvelope().getActor().getRole()).isEqualTo(Role.ADMIN);

    String edit = PAGE + "?editar=" + slug;
    assertThat(admin.get(edit).body()).contains("Alterar o componente " + slug, "value=\"Portal de Teste\"", "checked");
    // an unchecked box sends nothing: the component leaves the public page
    admin.submit(edit, PAGE, Map.of("slug", slug, "name", "Portal Interno", "group", "",
        "idempotencyKey", UUID.randomUUID().toString()));

    JsonNode changed = getAs("admin", "/api/v1/components/" + slug).json();
    assertThat(changed.path("name").asString()).isEqualTo("Portal Interno");
    assertThat(changed.path("public").asBoolean()).isFalse();
    assertThat(changed.path("group").isNull()).isTrue();
  }

  @Test
  void refusals_come_back_in_portuguese_and_write_nothing() {
    ConsoleSession admin = signedIn("admin");
    long before = recordsIn(Topics.COMPONENTS);

    admin.submit(PAGE, PAGE, Map.of("slug", "Com Espaço", "name", "Sistema", "idempotencyKey", UUID.randomUUID().toString()));
    String slugRefused = admin.get(PAGE).body();
    admin.submit(PAGE, PAGE, Map.of("slug", ComponentCatalogueTest.newSlug(), "name", " ",
        "idempotencyKey", UUID.randomUUID().toString()));
    String nameRefused = admin.get(PAGE).body();

    assertThat(slugRefused).contains("class=\"aviso erro\"", "letras minúsculas sem acento");
    assertThat(nameRefused).contains("class=\"aviso erro\"", "Dados inválidos: name é obrigatório");
    assertThat(recordsIn(Topics.COMPONENTS)).isEqualTo(before);
  }

  @Test
  void only_admin_sees_or_posts_and_every_post_needs_the_csrf_token() {
    ConsoleSession team = signedIn("team");
    assertThat(team.get(PAGE).status()).isEqualTo(403);
    assertThat(team.submit("/login", PAGE, Map.of("slug", ComponentCatalogueTest.newSlug(), "name", "X")).status())
        .isEqualTo(403);
    assertThat(new ConsoleSession(port).get(PAGE).location()).endsWith("/login");

    long before = recordsIn(Topics.COMPONENTS);
    ConsoleSession.Page withoutToken = signedIn("admin").post(PAGE,
        Map.of("slug", ComponentCatalogueTest.newSlug(), "name", "Sem token"));

    assertThat(withoutToken.status()).isEqualTo(403);
    assertThat(recordsIn(Topics.COMPONENTS)).isEqualTo(before);
  }

  private ConsoleSession signedIn(String user) {
    ConsoleSession browser = new ConsoleSession(port);
    browser.signIn(user, PASSWORD);
    return browser;
  }
}
