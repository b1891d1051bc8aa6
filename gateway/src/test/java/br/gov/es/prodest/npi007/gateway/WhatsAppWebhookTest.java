package br.gov.es.prodest.npi007.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The WhatsApp Cloud API webhook: Meta's handshake, and signed notifications acknowledged at once. */
class WhatsAppWebhookTest extends GatewayTestSupport {

  private static final String MESSAGE = """
      {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",
       "value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"5527999990000",
       "phone_number_id":"106540352242922"},"contacts":[{"profile":{"name":"Maria"},"wa_id":"5527988887777"}],
       "messages":[{"from":"5527988887777","id":"wamid.HBgM","timestamp":"1733850000","type":"text",
       "text":{"body":"O SIGEFES está fora do ar"}}]}}]}]}""";
  private static final String STATUSES = """
      {"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"field":"messages",
       "value":{"messaging_product":"whatsapp","statuses":[{"id":"wamid.A","status":"delivered",
       "timestamp":"1733850001","recipient_id":"5527988887777"},{"id":"wamid.B","status":"read",
       "timestamp":"1733850002","recipient_id":"5527988887777"}]}}]}]}""";

  @Test
  void the_handshake_echoes_the_challenge_as_text() {
    Response response = getAs(null, verification("subscribe", WHATSAPP_VERIFY_TOKEN, "1158201444"));

    assertThat(response.status()).as(response.body()).isEqualTo(200);
    assertThat(response.contentType()).startsWith("text/plain");
    assertThat(response.body()).isEqualTo("1158201444");
  }

  @Test
  void a_wrong_token_or_mode_is_403() {
    getAs(null, verification("subscribe", "outro-token", "1")).assertProblem(403, "WHATSAPP_VERIFICATION_FAILED");
    getAs(null, verification("unsubscribe", WHATSAPP_VERIFY_TOKEN, "1"))
        .assertProblem(403, "WHATSAPP_VERIFICATION_FAILED");
    getAs(null, "/webhooks/whatsapp").assertProblem(403, "WHATSAPP_VERIFICATION_FAILED");
  }

  @Test
  void signed_messages_and_statuses_are_acknowledged_with_their_counts() {
    Response message = postSigned(MESSAGE, WHATSAPP_APP_SECRET);
    Response statuses = postSigned(STATUSES, WHATSAPP_APP_SECRET);

    assertThat(message.status()).as(message.body()).isEqualTo(200);
    assertThat(message.json().path("messages").asInt()).isEqualTo(1);
    assertThat(message.json().path("statuses").asInt()).isZero();
    assertThat(statuses.json().path("statuses").asInt()).isEqualTo(2);
  }

  @Test
  void a_missing_or_wrong_signature_is_401_and_nothing_is_read() {
    byte[] body = MESSAGE.getBytes(StandardCharsets.UTF_8);

    postBytes("/webhooks/whatsapp", body).assertProblem(401, "UNAUTHENTICATED");
    postSigned(MESSAGE, "outro-segredo").assertProblem(401, "UNAUTHENTICATED");
    postBytes("/webhooks/whatsapp", body, "X-Hub-Signature-256", "sha256=zz").assertProblem(401, "UNAUTHENTICATED");
    Response tampered = postBytes("/webhooks/whatsapp", MESSAGE.replace("fora do ar", "no ar").getBytes(StandardCharsets.UTF_8),
        "X-Hub-Signature-256", hmacSha256(WHATSAPP_APP_SECRET, body));
    tampered.assertProblem(401, "UNAUTHENTICATED");
  }

  @Test
  void a_signed_body_that_is_not_a_whatsapp_notification_is_400() {
    postSigned("{\"object\":\"page\",\"entry\":[]}", WHATSAPP_APP_SECRET).assertProblem(400, "VALIDATION_FAILED");
    postSigned("{\"object\":", WHATSAPP_APP_SECRET).assertProblem(400, "MALFORMED_REQUEST_BODY");
    postSigned(MESSAGE.replace("\"type\":\"text\",", ""), WHATSAPP_APP_SECRET).assertProblem(400, "VALIDATION_FAILED");
  }

  private Response postSigned(String body, String secret) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return postBytes("/webhooks/whatsapp", bytes, "X-Hub-Signature-256", hmacSha256(secret, bytes));
  }

  private static String verification(String mode, String token, String challenge) {
    return "/webhooks/whatsapp?hub.mode=" + mode + "&hub.verify_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
        + "&hub.challenge=" + challenge;
  }
}
