package br.gov.es.prodest.npi007.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.whatsapp.GroupMemberUpdated;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * The WhatsApp group's member directory (issue 14): ADMIN's alone, reading included (the numbers
 * are personal data); a PUT is an event on the compacted members topic, a DELETE a tombstone.
 */
class GroupMemberDirectoryTest extends GatewayTestSupport {

  private static final AtomicLong NUMBERS = new AtomicLong(5527990000000L + System.nanoTime() % 1_000_000);

  @Test
  void admin_registers_reads_changes_and_erases_a_member() {
    String number = String.valueOf(NUMBERS.incrementAndGet());
    Map<TopicPartition, Long> before = endOffsets(Topics.GROUP_MEMBERS);

    Response created = putJson("admin", "/api/v1/group-members/+" + number.substring(0, 2) + "-" + number.substring(2, 4)
        + "-" + number.substring(4), "{\"name\":\" Maria Souza \",\"organ\":\"sesa\"}");
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    assertThat(created.json().path("number").asString()).isEqualTo(number);
    assertThat(created.json().path("name").asString()).isEqualTo("Maria Souza");
    assertThat(created.json().path("organ").asString()).isEqualTo("SESA");
    assertThat(getAs("admin", "/api/v1/group-members/" + number).json().path("name").asString()).isEqualTo("Maria Souza");

    Response changed = putJson("admin", "/api/v1/group-members/" + number, "{\"name\":\"Maria S. Souza\",\"organ\":\"SEDU\"}");
    assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    assertThat(getAs("admin", "/api/v1/group-members/" + number).json().path("organ").asString()).isEqualTo("SEDU");

    Response deleted = deleteAs("admin", "/api/v1/group-members/" + number);
    assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
    getAs("admin", "/api/v1/group-members/" + number).assertProblem(404, "GROUP_MEMBER_NOT_FOUND");
    deleteAs("admin", "/api/v1/group-members/" + number).assertProblem(404, "GROUP_MEMBER_NOT_FOUND");

    List<ConsumerRecord<String, byte[]>> records = recordsSince(Topics.GROUP_MEMBERS, before);
    assertThat(records).extracting(ConsumerRecord::key).containsOnly(number);
    assertThat(records).hasSize(3);
    GroupMemberUpdated first = AvroCodec.instance().decode(records.get(0).value(), GroupMemberUpdated.class);
    assertThat(first.getEnvelope().getActor().getUserId()).isEqualTo("admin");
    assertThat(records.get(2).value()).as("the DELETE is a tombstone, which compaction turns into erasure").isNull();
  }

  @Test
  void only_admin_reads_or_changes_the_directory() {
    String number = String.valueOf(NUMBERS.incrementAndGet());
    for (String user : List.of("team", "ascom", "management", "integration", "notifier-sesa")) {
      getAs(user, "/api/v1/group-members").assertProblem(403, "FORBIDDEN");
      getAs(user, "/api/v1/group-members/" + number).assertProblem(403, "FORBIDDEN");
      putJson(user, "/api/v1/group-members/" + number, "{\"name\":\"X\",\"organ\":\"SESA\"}").assertProblem(403, "FORBIDDEN");
      deleteAs(user, "/api/v1/group-members/" + number).assertProblem(403, "FORBIDDEN");
    }
    getAs(null, "/api/v1/group-members").assertProblem(401, "UNAUTHENTICATED");
  }

  @Test
  void admin_keeps_the_directory_in_the_console_and_no_one_else_sees_it() {
    String number = String.valueOf(NUMBERS.incrementAndGet());
    String page = "/console/admin/group-members";
    ConsoleSession admin = new ConsoleSession(port);
    admin.signIn("admin", PASSWORD);

    ConsoleSession.Page saved = admin.submit(page, page, Map.of("number", "+" + number, "name", "João Pereira",
        "organ", "SEDU", "idempotencyKey", java.util.UUID.randomUUID().toString()));

    assertThat(saved.location()).endsWith(page);
    assertThat(admin.get(page).body()).contains("Membro incluído: João Pereira (SEDU).", number);
    ConsoleSession.Page removed = admin.submit(page, page + "/" + number + "/removal", Map.of());
    assertThat(removed.location()).endsWith(page);
    assertThat(admin.get(page).body()).contains("Membro removido").doesNotContain(number);
    ConsoleSession team = new ConsoleSession(port);
    team.signIn("team", PASSWORD);
    assertThat(team.get(page).status()).isEqualTo(403);
  }

  @Test
  void a_bad_member_is_422_naming_each_field_and_writes_nothing() {
    long before = recordsIn(Topics.GROUP_MEMBERS);

    Response response = putJson("admin", "/api/v1/group-members/12ab", "{\"name\":\" \",\"organ\":\"XPTO\"}");

    response.assertProblem(422, "VALIDATION_FAILED");
    assertThat(response.body()).contains("\"number\"", "\"name\"", "\"organ\"");
    assertThat(recordsIn(Topics.GROUP_MEMBERS)).isEqualTo(before);
  }
}
