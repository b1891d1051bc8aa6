package br.gov.es.prodest.npi007.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.avro.notification.ApproveMessage;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.MarkMessagePosted;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** ASCOM's outbox in the console (issue 12): the list, the polled pending fragment, review and posting by hand. */
class OutboxConsoleTest extends GatewayTestSupport {

  private static final String WHATSAPP = "*PRODEST Informa: Aviso de Indisponibilidade*\\n\\nO SIGA está indisponível.";
  private static final String EMAIL = "O SIGA está indisponível.";
  private static final String SUBJECT = "PRODEST Informa: Aviso de Indisponibilidade";

  @Test
  void ascom_sees_the_pending_message_first_with_its_brazilian_time_then_the_others_newest_first() {
    String pending = pendingMessage(1);
    String older = UUID.randomUUID().toString();
    String newer = UUID.randomUUID().toString();
    stubLists(pending, List.of(
        notification(older, "6.4", "PRODEST Informa: Serviço Restabelecido", "\"incidentId\":\"i-older\"", "DELIVERED",
            "2026-12-02T12:00:00Z", "[]"),
        notification(newer, "6.5", "PRODEST Informa: Manutenção Programada", "\"maintenanceId\":\"m-3\"", "APPROVED",
            "2026-12-03T12:00:00Z", "[]"),
        notification(pending, "6.3", SUBJECT, "\"incidentId\":\"i-7\"", "PENDING_REVIEW", "2026-12-04T17:30:00Z", "[]")));
    ConsoleSession ascom = signedIn("ascom");

    ConsoleSession.Page page = ascom.get("/console/outbox");

    assertThat(page.status()).as(page.body()).isEqualTo(200);
    String html = page.body();
    assertThat(html).contains("<h1>Caixa de saída</h1>", "Aguardando revisão (1)", "04/12/2026 14:30",
        "href=\"/console/incidents/i-7\"", "href=\"/console/maintenances/m-3\"", "href=\"/console/outbox/" + pending + "\"",
        "hx-get=\"/console/outbox/pending\"", "hx-trigger=\"every 5s\"", "Aprovada", "Entregue");
    assertThat(html.indexOf("/console/outbox/" + pending)).isLessThan(html.indexOf("/console/outbox/" + newer));
    assertThat(html.indexOf("/console/outbox/" + newer)).isLessThan(html.indexOf("/console/outbox/" + older));
    assertThat(html).doesNotContain("style=\"", "<script>");
  }

  @Test
  void the_latest_thirty_come_from_the_first_pages_newest_first_and_no_further() {
    String pending = pendingMessage(1);
    services.stubFor(get(urlPathEqualTo("/internal/notifications")).withQueryParam("status", equalTo("PENDING_REVIEW"))
        .willReturn(okJson("[" + notification(pending, "6.3", SUBJECT, "\"incidentId\":\"i-7\"", "PENDING_REVIEW",
            "2026-12-04T17:30:00Z", "[]") + "]")));
    List<String> delivered = new ArrayList<>();
    for (int i = 0; i < 45; i++) {
      delivered.add(UUID.randomUUID().toString());
    }
    stubNewestPage(null, "pagina-2", Stream.concat(Stream.of(pending), delivered.subList(0, 20).stream()).toList(), pending);
    stubNewestPage("pagina-2", "pagina-3", delivered.subList(20, 35), pending);
    stubNewestPage("pagina-3", null, delivered.subList(35, 45), pending);

    String html = signedIn("ascom").get("/console/outbox").body();

    for (int i = 0; i < 30; i++) {
      assertThat(html).contains("/console/outbox/" + delivered.get(i));
    }
    assertThat(html.indexOf("/console/outbox/" + delivered.get(0))).isLessThan(html.indexOf("/console/outbox/" + delivered.get(29)));
    assertThat(html).doesNotContain("/console/outbox/" + delivered.get(30), "/console/outbox/" + delivered.get(34));
    services.verify(0, getRequestedFor(urlPathEqualTo("/internal/notifications")).withQueryParam("cursor", equalTo("pagina-3")));
    services.verify(0, getRequestedFor(urlPathEqualTo("/internal/notifications")).withQueryParam("status", absent())
        .withQueryParam("order", absent()));
  }

  /** One page of the list newest first: the messages are delivered ones, but for the pending one. */
  private static void stubNewestPage(String cursor, String next, List<String> ids, String pendingId) {
    String body = "[" + ids.stream().map(id -> notification(id, "6.4", "PRODEST Informa: Serviço Restabelecido",
        "\"incidentId\":\"i-" + id.substring(0, 8) + "\"", id.equals(pendingId) ? "PENDING_REVIEW" : "DELIVERED",
        "2026-12-02T12:00:00Z", "[]")).collect(Collectors.joining(",")) + "]";
    var response = okJson(body);
    if (next != null) {
      response = response.withHeader("Npi007-Next-Cursor", next);
    }
    services.stubFor(get(urlPathEqualTo("/internal/notifications")).withQueryParam("status", absent())
        .withQueryParam("order", equalTo("newest")).withQueryParam("limit", equalTo("100"))
        .withQueryParam("cursor", cursor == null ? absent() : equalTo(cursor))
        .willReturn(response));
  }

  @Test
  void the_fragment_endpoint_answers_only_the_pending_list() {
    String pending = pendingMessage(1);
    String other = UUID.randomUUID().toString();
    stubLists(pending, List.of(notification(other, "6.4", "PRODEST Informa: Serviço Restabelecido",
        "\"incidentId\":\"i-1\"", "DELIVERED", "2026-12-02T12:00:00Z", "[]"),
        notification(pending, "6.3", SUBJECT, "\"incidentId\":\"i-7\"", "PENDING_REVIEW", "2026-12-04T17:30:00Z", "[]")));

    ConsoleSession.Page fragment = signedIn("ascom").get("/console/outbox/pending");

    assertThat(fragment.status()).isEqualTo(200);
    assertThat(fragment.body().strip()).startsWith("<section id=\"pendentes\"").endsWith("</section>");
    assertThat(fragment.body()).contains("/console/outbox/" + pending, "04/12/2026 14:30", "hx-trigger=\"every 5s\"")
        .doesNotContain("<html", "<header", "<h1>", "/console/outbox/" + other);
  }

  @Test
  void ascom_edits_compares_and_approves_and_the_command_carries_the_edit() {
    String id = pendingMessage(1);
    ConsoleSession ascom = signedIn("ascom");
    String page = "/console/outbox/" + id;

    ConsoleSession.Page shown = ascom.get(page);
    assertThat(shown.status()).as(shown.body()).isEqualTo(200);
    assertThat(shown.body()).contains("name=\"text.whatsapp\"", "O SIGA está indisponível.", "name=\"idempotencyKey\"",
        "data-copy=\"texto-whatsapp\"", "Assunto: <strong>" + SUBJECT, "Sem alterações.");

    String edited = "*PRODEST Informa: Aviso de Indisponibilidade*\r\n\r\nO SIGA está lento.";
    Map<String, String> form = Map.of("text.whatsapp", edited, "text.email", EMAIL, "subject", SUBJECT,
        "idempotencyKey", UUID.randomUUID().toString());
    ConsoleSession.Page compared = ascom.submit(page, page + "/diff", form);
    assertThat(compared.status()).isEqualTo(200);
    assertThat(compared.body()).contains("<del>indisponível.</del>", "<ins>lento.</ins>");

    ConsoleSession.Page approved = ascom.submit(page, page + "/approval", form);

    assertThat(approved.status()).isEqualTo(302);
    assertThat(approved.location()).endsWith(page);
    assertThat(ascom.get(page).body()).contains("Mensagem aprovada para envio.");
    List<ApproveMessage> sent = notificationService.commands(ApproveMessage.class, id);
    assertThat(sent).hasSize(1);
    // only the channel ASCOM changed travels, with the browser's line breaks made the rendered ones
    assertThat(sent.get(0).getEdits()).containsExactly(new Rendition(DeliveryChannel.WHATSAPP, null,
        "*PRODEST Informa: Aviso de Indisponibilidade*\n\nO SIGA está lento.", null, List.of()));
    assertThat(sent.get(0).getMetadata().getActor().getUserId()).isEqualTo("ascom");
  }

  @Test
  void an_untouched_form_approves_the_message_as_rendered() {
    String id = pendingMessage(1);
    ConsoleSession ascom = signedIn("ascom");
    String page = "/console/outbox/" + id;

    ConsoleSession.Page untouched = ascom.submit(page, page + "/approval", Map.of(
        "text.whatsapp", WHATSAPP.replace("\\n", "\r\n"), "text.email", EMAIL, "subject", SUBJECT,
        "idempotencyKey", UUID.randomUUID().toString()));

    assertThat(untouched.status()).isEqualTo(302);
    assertThat(notificationService.commands(ApproveMessage.class, id).get(0).getEdits()).isEmpty();
  }

  @Test
  void the_comparison_htmx_asks_for_is_the_diff_section_alone() throws Exception {
    String id = pendingMessage(1);
    HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String token = ConsoleSession.csrfOf(fetch(browser, HttpRequest.newBuilder(uri("/login")).GET()));
    fetch(browser, form(uri("/login"), "username=ascom&password=" + PASSWORD + "&_csrf=" + token));
    String page = fetch(browser, HttpRequest.newBuilder(uri("/console/outbox/" + id)).GET());
    String header = page.replaceFirst("(?s).*name=\"csrf-header\" content=\"([^\"]+)\".*", "$1");

    // as console.js sends it: the token in the header, the form's fields in the body
    String diff = fetch(browser, form(uri("/console/outbox/" + id + "/diff"),
        "text.whatsapp=" + URLEncoder.encode(WHATSAPP.replace("\\n", "\n").replace("indisponível", "lento"),
            StandardCharsets.UTF_8)).header("HX-Request", "true").header(header, ConsoleSession.csrfOf(page)));

    assertThat(diff.strip()).startsWith("<section id=\"diferencas\"").endsWith("</section>");
    assertThat(diff).contains("<del>indisponível.</del><ins>lento.</ins>").doesNotContain("<html", "<h1>", "<form");
  }

  @Test
  void posted_by_hand_sends_mark_message_posted_with_the_note() {
    String id = pendingMessage(2);
    ConsoleSession ascom = signedIn("admin");
    String page = "/console/outbox/" + id;

    ConsoleSession.Page posted = ascom.submit(page, page + "/posted",
        Map.of("note", "Publicada no grupo às 14h05", "idempotencyKey", UUID.randomUUID().toString()));

    assertThat(posted.status()).isEqualTo(302);
    assertThat(ascom.get(page).body()).contains("a mensagem foi publicada manualmente");
    List<MarkMessagePosted> sent = notificationService.commands(MarkMessagePosted.class, id);
    assertThat(sent).hasSize(1);
    assertThat(sent.get(0).getNote()).isEqualTo("Publicada no grupo às 14h05");
  }

  @Test
  void a_refusal_shows_the_services_reason_in_portuguese() {
    String id = pendingMessage(3);
    notificationService.refuse(id, RejectionKind.CONFLICT, "ALREADY_APPROVED", "A mensagem já foi aprovada.");
    ConsoleSession ascom = signedIn("ascom");
    String page = "/console/outbox/" + id;

    ConsoleSession.Page refused = ascom.submit(page, page + "/approval",
        Map.of("idempotencyKey", UUID.randomUUID().toString()));

    assertThat(refused.status()).isEqualTo(302);
    assertThat(ascom.get(page).body()).contains("class=\"aviso erro\"", "A mensagem já foi aprovada.");
  }

  @Test
  void uncertain_and_dead_deliveries_stand_out_with_what_to_check() {
    String id = UUID.randomUUID().toString();
    String deliveries = """
        [{"deliveryId":"d-1","channel":"WHATSAPP","provider":"cloud-api","recipient":"grupo-ti","status":"DEAD",
          "attempts":1,"lastReason":"resultado desconhecido: tempo esgotado","nextAttemptAt":null,
          "providerMessageId":null,"uncertain":true},
         {"deliveryId":"d-2","channel":"EMAIL","provider":"smtp","recipient":"ti@sesa.es.gov.br","status":"DEAD",
          "attempts":5,"lastReason":"550 caixa inexistente","nextAttemptAt":null,"providerMessageId":null,"uncertain":false},
         {"deliveryId":"d-3","channel":"EMAIL","provider":"smtp","recipient":"ti@sedu.es.gov.br","status":"DELIVERED",
          "attempts":1,"lastReason":null,"nextAttemptAt":null,"providerMessageId":"m-1","uncertain":false}]""";
    services.stubFor(get("/internal/notifications/" + id).willReturn(okJson(notification(id, "6.3", SUBJECT,
        "\"incidentId\":\"i-9\"", "DEAD", "2026-12-04T17:30:00Z", deliveries))));

    String html = signedIn("ascom").get("/console/outbox/" + id).body();

    assertThat(html).contains("Entrega abandonada", "etiqueta alerta", "Resultado incerto",
        "Verifique no grupo se a mensagem chegou antes de reenviar.",
        "O sistema desistiu da entrega após 5 tentativas: confira o destinatário e o provedor, e publique manualmente se preciso.",
        "550 caixa inexistente", "ti@sedu.es.gov.br", "Publicado manualmente")
        .doesNotContain("name=\"text.whatsapp\"");
  }

  @Test
  void a_message_on_its_way_offers_no_posting_by_hand_one_whose_delivery_failed_does() {
    String sent = UUID.randomUUID().toString();
    String failed = UUID.randomUUID().toString();
    String delivery = """
        [{"deliveryId":"d-1","channel":"WHATSAPP","provider":"cloud-api","recipient":"grupo-ti","status":"%s",
          "attempts":1,"lastReason":%s,"nextAttemptAt":null,"providerMessageId":null,"uncertain":false}]""";
    services.stubFor(get("/internal/notifications/" + sent).willReturn(okJson(notification(sent, "6.3", SUBJECT,
        "\"incidentId\":\"i-7\"", "SENT", "2026-12-04T17:30:00Z", delivery.formatted("SENT", "null")))));
    services.stubFor(get("/internal/notifications/" + failed).willReturn(okJson(notification(failed, "6.3", SUBJECT,
        "\"incidentId\":\"i-8\"", "FAILED", "2026-12-04T17:30:00Z", delivery.formatted("FAILED", "\"HTTP 503\"")))));
    ConsoleSession ascom = signedIn("ascom");

    assertThat(ascom.get("/console/outbox/" + sent).body()).doesNotContain("/console/outbox/" + sent + "/posted");
    assertThat(ascom.get("/console/outbox/" + failed).body()).contains("/console/outbox/" + failed + "/posted");
  }

  @Test
  void a_team_user_may_not_open_the_outbox_and_a_stranger_is_sent_to_sign_in() {
    assertThat(signedIn("team").get("/console/outbox").status()).isEqualTo(403);
    assertThat(signedIn("management").get("/console/outbox/pending").status()).isEqualTo(403);
    ConsoleSession.Page stranger = new ConsoleSession(port).get("/console/outbox");
    assertThat(stranger.status()).isEqualTo(302);
    assertThat(stranger.location()).endsWith("/login");
  }

  @Test
  void a_post_without_the_csrf_token_is_refused_and_sends_nothing() {
    String id = pendingMessage(1);

    ConsoleSession.Page answer = signedIn("ascom").post("/console/outbox/" + id + "/approval",
        Map.of("idempotencyKey", UUID.randomUUID().toString()));

    assertThat(answer.status()).isEqualTo(403);
    assertThat(notificationService.commands(ApproveMessage.class, id)).isEmpty();
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static HttpRequest.Builder form(URI uri, String body) {
    return HttpRequest.newBuilder(uri).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  private static String fetch(HttpClient browser, HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response = browser.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).as(response.body()).isIn(200, 302);
    return response.body();
  }

  private ConsoleSession signedIn(String user) {
    ConsoleSession browser = new ConsoleSession(port);
    assertThat(browser.signIn(user, PASSWORD).location()).endsWith("/console");
    return browser;
  }

  /** A 6.3 waiting for review, known to the fake service at this version and served by the query API. */
  private String pendingMessage(long version) {
    String id = UUID.randomUUID().toString();
    notificationService.open(id, version, "PENDING_REVIEW");
    services.stubFor(get("/internal/notifications/" + id).willReturn(okJson(notification(id, "6.3", SUBJECT,
        "\"incidentId\":\"i-7\"", "PENDING_REVIEW", "2026-12-04T17:30:00Z", "[]"))));
    return id;
  }

  /** The pending list, and every message (given in rendering order) as the service lists them newest first. */
  private static void stubLists(String pendingId, List<String> all) {
    services.stubFor(get(urlPathEqualTo("/internal/notifications")).withQueryParam("status", equalTo("PENDING_REVIEW"))
        .willReturn(okJson("[" + all.stream().filter(json -> json.contains(pendingId)).findFirst().orElseThrow() + "]")));
    List<String> newestFirst = new ArrayList<>(all);
    Collections.reverse(newestFirst);
    services.stubFor(get(urlPathEqualTo("/internal/notifications")).withQueryParam("status", absent())
        .withQueryParam("order", equalTo("newest")).withQueryParam("limit", equalTo("100"))
        .willReturn(okJson("[" + String.join(",", newestFirst) + "]")));
  }

  private static String notification(String id, String type, String title, String about, String status,
      String renderedAt, String deliveries) {
    return """
        {"id":"%s","type":"%s","title":"%s",%s,"status":"%s","version":1,"templateVersion":"abc123def456",
         "causationEventId":"e-1","renderedAt":"%s","subject":"%s",
         "text":{"whatsapp":"%s","email":"%s"},"deliveries":%s,
         "history":[{"sequence":1,"type":"MessageRendered","occurredAt":"%s",
           "actor":{"userId":"notification-service","role":"SYSTEM","organ":null},
           "details":{"text":{"whatsapp":"%s","email":"%s"},"subject":"%s"}}]}"""
        .formatted(id, type, title, about, status, renderedAt, SUBJECT, WHATSAPP, EMAIL, deliveries, renderedAt,
            WHATSAPP, EMAIL, SUBJECT);
  }
}
