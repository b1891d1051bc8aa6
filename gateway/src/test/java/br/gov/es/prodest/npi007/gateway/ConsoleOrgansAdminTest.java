package br.gov.es.prodest.npi007.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.organ.OrganUpdated;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** ADMIN's organ catalogue at the console (issue 12): the same registration, event and refusals as the API's PUT. */
class ConsoleOrgansAdminTest extends GatewayTestSupport {

  private static final String PAGE = "/console/admin/organs";

  @Test
  void admin_adds_then_edits_an_organ_and_each_form_writes_one_organ_updated() {
    ConsoleSession admin = signedIn("admin");
    String code = newCode();
    Map<TopicPartition, Long> beforeAdd = endOffsets(Topics.ORGANS);

    ConsoleSession.Page added = admin.submit(PAGE, PAGE, Map.of("code", code.toLowerCase(Locale.ROOT),
        "name", "Secretaria de Teste", "emails", "ti@teste.es.gov.br", "idempotencyKey", UUID.randomUUID().toString()));

    assertThat(added.location()).endsWith(PAGE);
    OrganUpdated created = onlyRecordSince(beforeAdd);
    assertThat(created.getCode()).isEqualTo(code);
    assertThat(created.getEnvelope().getSequence()).isEqualTo(1);
    assertThat(admin.get(PAGE).body()).contains("Órgão " + code + " incluído no catálogo.");
    Map<TopicPartition, Long> beforeEdit = endOffsets(Topics.ORGANS);

    ConsoleSession.Page edited = admin.submit(PAGE, PAGE + "/" + code, Map.of("name", "Secretaria Alterada",
        "emails", "gabinete@teste.es.gov.br\r\nti@teste.es.gov.br", "idempotencyKey", UUID.randomUUID().toString()));

    assertThat(edited.location()).endsWith(PAGE);
    OrganUpdated changed = onlyRecordSince(beforeEdit);
    assertThat(changed.getName()).isEqualTo("Secretaria Alterada");
    assertThat(changed.getEmails()).containsExactly("gabinete@teste.es.gov.br", "ti@teste.es.gov.br");
    assertThat(changed.getEnvelope().getSequence()).isEqualTo(2);
    assertThat(changed.getEnvelope().getActor().getRole()).isEqualTo(Role.ADMIN);
    assertThat(changed.getEnvelope().getOrigin()).isEqualTo(Origin.API);
    String page = admin.get(PAGE).body();
    assertThat(page).contains("Órgão " + code + " alterado no catálogo.", "Secretaria Alterada",
        "gabinete@teste.es.gov.br, ti@teste.es.gov.br", "action=\"/console/admin/organs/" + code + "\"");
    assertThat(getAs("team", "/api/v1/organs/" + code).json().path("name").asString()).isEqualTo("Secretaria Alterada");
  }

  @Test
  void a_refused_change_says_why_in_portuguese_and_writes_nothing() {
    ConsoleSession admin = signedIn("admin");
    long before = recordsIn(Topics.ORGANS);

    ConsoleSession.Page answer = admin.submit(PAGE, PAGE + "/SESA", Map.of("name", " ",
        "emails", "sem-arroba, ok@saude.es.gov.br"));

    assertThat(answer.location()).endsWith(PAGE);
    assertThat(admin.get(PAGE).body()).contains("Alteração recusada: O nome é obrigatório; "
        + "O e-mail &quot;sem-arroba&quot; não é um endereço de e-mail válido.");
    assertThat(recordsIn(Topics.ORGANS)).isEqualTo(before);
  }

  @Test
  void only_admin_reaches_the_catalogue_and_its_forms_need_the_csrf_token() {
    ConsoleSession team = signedIn("team");
    assertThat(team.get(PAGE).status()).isEqualTo(403);
    assertThat(team.submit("/login", PAGE + "/SESA", Map.of("name", "Outro", "emails", "")).status())
        .isEqualTo(403);
    long before = recordsIn(Topics.ORGANS);

    ConsoleSession.Page withoutToken = signedIn("admin").post(PAGE + "/SESA", Map.of("name", "Sem token", "emails", ""));

    assertThat(withoutToken.status()).isEqualTo(403);
    assertThat(recordsIn(Topics.ORGANS)).isEqualTo(before);
  }

  private ConsoleSession signedIn(String user) {
    ConsoleSession browser = new ConsoleSession(port);
    browser.signIn(user, PASSWORD);
    return browser;
  }

  /** A code no other test uses: the topic outlives each test. */
  private static String newCode() {
    return "C" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase(Locale.ROOT);
  }

  private static OrganUpdated onlyRecordSince(Map<TopicPartition, Long> before) {
    List<ConsumerRecord<String, byte[]>> records = recordsSince(Topics.ORGANS, before);
    assertThat(records).hasSize(1);
    return AvroCodec.instance().decode(records.get(0).value(), OrganUpdated.class);
  }
}
