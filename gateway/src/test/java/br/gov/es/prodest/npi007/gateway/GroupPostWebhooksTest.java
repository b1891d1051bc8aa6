package br.gov.es.prodest.npi007.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.whatsapp.GroupPostReceived;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/**
 * The WhatsApp group as an input (issue 14): the posts of the configured group, from the Cloud
 * API's signed webhook and from the Evolution API's (with its apikey), become GroupPostReceived
 * records keyed by the provider's message id, with the member's name and organ; posts of other
 * chats, PRODEST's own, and anything a bad credential carried are not recorded.
 */
class GroupPostWebhooksTest extends GatewayTestSupport {

  private static final String MEMBER = "5527981110000";
  private static final String STRANGER = "5527982220000";

  @Test
  void a_cloud_api_post_of_the_group_is_recorded_with_its_member() {
    registerMember();
    String id = "wamid." + UUID.randomUUID();
    Map<TopicPartition, Long> before = endOffsets(Topics.GROUP_POSTS);

    Response response = postCloud(cloudMessage(id, WHATSAPP_GROUP, MEMBER, "SA 123456", "wamid.seis-um"),
        WHATSAPP_APP_SECRET);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().path("recorded").asInt()).isEqualTo(1);
    GroupPostReceived post = onlyPost(before, id);
    assertThat(post.getProvider()).isEqualTo("cloud-api");
    assertThat(post.getGroup()).isEqualTo(WHATSAPP_GROUP);
    assertThat(post.getSender()).isEqualTo(MEMBER);
    assertThat(post.getSenderName()).isEqualTo("Maria no WhatsApp");
    assertThat(post.getMemberName()).isEqualTo("Maria Souza");
    assertThat(post.getMemberOrgan()).isEqualTo("SESA");
    assertThat(post.getPostedAt()).isEqualTo(Instant.ofEpochSecond(1733850000));
    assertThat(post.getKind()).isEqualTo("text");
    assertThat(post.getText()).isEqualTo("SA 123456");
    assertThat(post.getReplyTo()).isEqualTo("wamid.seis-um");
  }

  @Test
  void an_unknown_sender_is_recorded_without_a_member_and_other_chats_are_not_recorded() {
    String group = "wamid." + UUID.randomUUID();
    String direct = "wamid." + UUID.randomUUID();
    Map<TopicPartition, Long> before = endOffsets(Topics.GROUP_POSTS);

    Response inGroup = postCloud(cloudMessage(group, WHATSAPP_GROUP, STRANGER, "bom dia", null), WHATSAPP_APP_SECRET);
    Response otherGroup = postCloud(cloudMessage(direct, "120363000000000000@g.us", MEMBER, "SA 1", null),
        WHATSAPP_APP_SECRET);
    Response oneToOne = postCloud(cloudMessage(direct, null, MEMBER, "SA 1", null), WHATSAPP_APP_SECRET);

    assertThat(inGroup.json().path("recorded").asInt()).isEqualTo(1);
    assertThat(otherGroup.json().path("recorded").asInt()).isZero();
    assertThat(oneToOne.json().path("recorded").asInt()).isZero();
    GroupPostReceived post = onlyPost(before, group);
    assertThat(post.getMemberName()).isNull();
    assertThat(post.getMemberOrgan()).isNull();
  }

  @Test
  void a_bad_signature_records_nothing() {
    long before = recordsIn(Topics.GROUP_POSTS);

    postCloud(cloudMessage("wamid." + UUID.randomUUID(), WHATSAPP_GROUP, MEMBER, "SA 123456", null), "outro-segredo")
        .assertProblem(401, "UNAUTHENTICATED");

    assertThat(recordsIn(Topics.GROUP_POSTS)).isEqualTo(before);
  }

  @Test
  void an_evolution_api_post_of_the_group_is_recorded_with_the_body_or_header_key() {
    registerMember();
    String id = "3EB0" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
    String byHeader = "3EB0" + UUID.randomUUID().toString().replace("-", "").toUpperCase();
    Map<TopicPartition, Long> before = endOffsets(Topics.GROUP_POSTS);

    Response response = postEvolution("/webhooks/whatsapp/evolution",
        evolutionMessage(id, WHATSAPP_GROUP, MEMBER, false, EVOLUTION_API_KEY));
    Response headerKey = postEvolution("/webhooks/whatsapp/evolution/messages-upsert",
        evolutionMessage(byHeader, WHATSAPP_GROUP, MEMBER, false, null), "apikey", EVOLUTION_API_KEY);

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.json().path("recorded").asInt()).isEqualTo(1);
    assertThat(headerKey.json().path("recorded").asInt()).isEqualTo(1);
    GroupPostReceived post = onlyPost(before, id);
    assertThat(post.getProvider()).isEqualTo("evolution-api");
    assertThat(post.getSender()).isEqualTo(MEMBER);
    assertThat(post.getSenderName()).isEqualTo("Maria no WhatsApp");
    assertThat(post.getMemberOrgan()).isEqualTo("SESA");
    assertThat(post.getText()).isEqualTo("SA nº 2026/123456");
    assertThat(post.getReplyTo()).isEqualTo("BAE5F00D");
    assertThat(post.getPostedAt()).isEqualTo(Instant.ofEpochSecond(1733850000));
  }

  @Test
  void the_evolution_api_webhook_refuses_a_wrong_key_and_skips_own_posts_other_chats_and_events() {
    long before = recordsIn(Topics.GROUP_POSTS);
    String id = "3EB0" + UUID.randomUUID().toString().replace("-", "").toUpperCase();

    postEvolution("/webhooks/whatsapp/evolution", evolutionMessage(id, WHATSAPP_GROUP, MEMBER, false, "outra-chave"))
        .assertProblem(401, "UNAUTHENTICATED");
    postEvolution("/webhooks/whatsapp/evolution", evolutionMessage(id, WHATSAPP_GROUP, MEMBER, false, null))
        .assertProblem(401, "UNAUTHENTICATED");
    postEvolution("/webhooks/whatsapp/evolution", "{\"event\":", "apikey", "outra-chave")
        .assertProblem(401, "UNAUTHENTICATED");
    Response own = postEvolution("/webhooks/whatsapp/evolution",
        evolutionMessage(id, WHATSAPP_GROUP, MEMBER, true, EVOLUTION_API_KEY));
    Response direct = postEvolution("/webhooks/whatsapp/evolution",
        evolutionMessage(id, MEMBER + "@s.whatsapp.net", MEMBER, false, EVOLUTION_API_KEY));
    Response connection = postEvolution("/webhooks/whatsapp/evolution",
        "{\"event\":\"connection.update\",\"instance\":\"prodest\",\"data\":{\"state\":\"open\"},\"apikey\":\""
            + EVOLUTION_API_KEY + "\"}");

    assertThat(own.json().path("recorded").asInt()).isZero();
    assertThat(direct.json().path("recorded").asInt()).isZero();
    assertThat(connection.status()).as(connection.body()).isEqualTo(200);
    assertThat(connection.json().path("recorded").asInt()).isZero();
    assertThat(recordsIn(Topics.GROUP_POSTS)).isEqualTo(before);
  }

  private void registerMember() {
    Response member = putJson("admin", "/api/v1/group-members/" + MEMBER, "{\"name\":\"Maria Souza\",\"organ\":\"SESA\"}");
    assertThat(member.status()).as(member.body()).isIn(200, 201);
  }

  private static GroupPostReceived onlyPost(Map<TopicPartition, Long> before, String id) {
    List<ConsumerRecord<String, byte[]>> records = recordsSince(Topics.GROUP_POSTS, before).stream()
        .filter(record -> id.equals(record.key())).toList();
    assertThat(records).hasSize(1);
    return AvroCodec.instance().decode(records.get(0).value(), GroupPostReceived.class);
  }

  private Response postCloud(String body, String secret) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return postBytes("/webhooks/whatsapp", bytes, "X-Hub-Signature-256", hmacSha256(secret, bytes));
  }

  private Response postEvolution(String path, String body, String... headers) {
    return postBytes(path, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  /** As Meta documents a group message: {@code group_id} beside {@code from}, {@code context.id} for a reply. */
  private static String cloudMessage(String id, String group, String from, String text, String replyTo) {
    return """
        {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",
         "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"5527999990000",
         "phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Maria no WhatsApp"},"wa_id":"%s"}],
         "messages":[{"from":"%s",%s"id":"%s","timestamp":"1733850000","type":"text",%s
         "text":{"body":"%s"}}]}}]}]}""".formatted(from, from, group == null ? "" : "\"group_id\":\"" + group + "\",",
        id, replyTo == null ? "" : "\"context\":{\"from\":\"5527999990000\",\"id\":\"" + replyTo + "\"},", text);
  }

  /** As the Evolution API v2 posts MESSAGES_UPSERT: Baileys' message, the instance's key in {@code apikey}. */
  private static String evolutionMessage(String id, String remoteJid, String participant, boolean fromMe, String apikey) {
    return """
        {"event":"messages.upsert","instance":"prodest","data":{"key":{"remoteJid":"%s","fromMe":%s,"id":"%s",
         "participant":"%s@s.whatsapp.net"},"pushName":"Maria no WhatsApp","status":"DELIVERY_ACK",
         "message":{"extendedTextMessage":{"text":"SA nº 2026/123456","contextInfo":{"stanzaId":"BAE5F00D",
         "participant":"5527999990000@s.whatsapp.net"}}},"messageType":"extendedTextMessage",
         "messageTimestamp":1733850000,"instanceId":"7d3f","source":"android"},
         "destination":"https://npi007.prodest.es.gov.br/webhooks/whatsapp/evolution",
         "date_time":"2026-12-05T10:00:00.000Z","sender":"5527999990000@s.whatsapp.net",
         "server_url":"https://evolution.prodest.es.gov.br"%s}""".formatted(remoteJid, fromMe, id, participant,
        apikey == null ? "" : ",\"apikey\":\"" + apikey + "\"");
  }
}
