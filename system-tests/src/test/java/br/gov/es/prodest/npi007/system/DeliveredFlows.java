package br.gov.es.prodest.npi007.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.system.FakeProviders.Email;
import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the delivered-flow suites do through the gateway (as its users) and read at the providers
 * (as the group and the organs do), in the norm's words.
 */
final class DeliveredFlows {

  static final String WHATSAPP_APP_SECRET = "segredo-do-app-whatsapp-dos-fluxos";
  private static final Duration PATIENCE = Duration.ofSeconds(90);
  /** After the expected messages arrive, how long a duplicate would have to show up. */
  private static final Duration SETTLE = Duration.ofSeconds(2);

  private final RunningSystem system;
  private final FakeProviders providers;
  private final Map<String, String> addresses = new TreeMap<>();
  private final Map<String, String> names = new TreeMap<>();

  DeliveredFlows(RunningSystem system, FakeProviders providers) {
    this.system = system;
    this.providers = providers;
  }

  /** ADMIN gives every organ of the catalogue one address, {@code <code>@orgaos.es.gov.br}. */
  void giveEveryOrganAnAddress() {
    List<Map<String, Object>> organs = JsonPath.read(system.get("admin", "/api/v1/organs").body(), "$");
    for (Map<String, Object> organ : organs) {
      String code = (String) organ.get("code");
      String address = code.toLowerCase(Locale.ROOT) + "@orgaos.es.gov.br";
      HttpResponse<String> put = system.put("admin", "/api/v1/organs/" + code,
          "{\"name\": " + json((String) organ.get("name")) + ", \"emails\": [\"" + address + "\"]}");
      assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
      addresses.put(code, address);
      names.put(code, (String) organ.get("name"));
    }
    // the notification-service learns the catalogue from its topic, a hop behind the gateway's answer
    pause(Duration.ofSeconds(3));
  }

  List<String> everyOrgan() {
    return addresses.values().stream().sorted().toList();
  }

  List<String> addressesOf(String... codes) {
    return Arrays.stream(codes).map(addresses::get).sorted().toList();
  }

  String organName(String code) {
    return names.get(code);
  }

  String report(String user, String component, String organ) {
    HttpResponse<String> created = system.post(user, "/api/v1/incidents", """
        {"component": %s, "organ": "%s", "description": "Lentidão e erros ao acessar",
         "source": "WHATSAPP_GROUP", "reportedBy": "Gestor de TI"}""".formatted(json(component), organ), null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JsonPath.read(created.body(), "$.id");
  }

  String command(String user, String incidentId, String action, String body) {
    HttpResponse<String> response = system.post(user, "/api/v1/incidents/" + incidentId + "/" + action, body, null);
    assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
    return JsonPath.read(response.body(), "$.status");
  }

  void awaitStatus(String incidentId, String status) {
    await().atMost(PATIENCE).until(() -> JsonPath.read(system.get("team", "/api/v1/incidents/" + incidentId).body(),
        "$.status"), status::equals);
  }

  /**
   * When the event that caused the incident's message of that type happened (ISO-8601 instant): the
   * outbox's {@code renderedAt}, which is that event's {@code occurredAt} (docs/CONTRACTS.md).
   */
  String causedAt(String incidentId, String messageType) {
    List<String> times = await().atMost(PATIENCE).until(() -> JsonPath.<List<String>>read(
        system.get("ascom", "/api/v1/notifications?incidentId=" + incidentId).body(),
        "$[?(@.type == '" + messageType + "')].renderedAt"), found -> !found.isEmpty());
    return times.get(0);
  }

  /** Alertmanager posts one alert of the component; for a firing one, the incident it opened. */
  String alert(String component, String status, String endsAt) {
    String payload = """
        {"version": "4", "groupKey": "{}:{alertname=\\"Lento\\"}", "truncatedAlerts": 0, "status": "%1$s",
         "receiver": "npi007", "groupLabels": {"alertname": "Lento"}, "commonLabels": {"alertname": "Lento"},
         "commonAnnotations": {}, "externalURL": "http://alertmanager.prodest.local:9093",
         "alerts": [{"status": "%1$s", "labels": {"alertname": "Lento", "component": %2$s},
           "annotations": {"summary": "lentidão"}, "startsAt": "2026-03-10T13:58:00Z", "endsAt": "%3$s",
           "generatorURL": "http://prometheus.prodest.local:9090/graph", "fingerprint": "9b1d2e3f4a5c6d70"}]}"""
        .formatted(status, json(component), endsAt);
    HttpResponse<String> accepted = system.postAs("/webhooks/alertmanager", payload,
        Map.of("Authorization", "Bearer " + RunningSystem.WEBHOOK_TOKEN));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    if (!status.equals("firing")) {
      return null;
    }
    String query = "/api/v1/incidents?component=" + URLEncoder.encode(component, StandardCharsets.UTF_8).replace("+", "%20");
    List<String> ids = await().atMost(PATIENCE).until(() -> JsonPath.<List<String>>read(system.get("team", query).body(),
        "$[*].id"), found -> !found.isEmpty());
    return ids.get(0);
  }

  /**
   * A post of the WhatsApp group, as the Cloud API's webhook brings it (issue 14): signed with the
   * app secret, {@code group_id} the group the messages go to.
   */
  void groupPost(String from, String messageId, String text) {
    String payload = """
        {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{"field": "messages",
         "value": {"messaging_product": "whatsapp", "metadata": {"display_phone_number": "5527999990000",
         "phone_number_id": "%s"}, "contacts": [{"profile": {"name": "Perfil"}, "wa_id": "%s"}],
         "messages": [{"from": "%s", "group_id": "%s", "id": "%s", "timestamp": "%d", "type": "text",
         "text": {"body": %s}}]}}]}]}""".formatted(FakeProviders.PHONE_NUMBER_ID, from, from, FakeProviders.GROUP,
        messageId, java.time.Instant.now().getEpochSecond(), json(text));
    HttpResponse<String> accepted = system.postAs("/webhooks/whatsapp", payload,
        Map.of("X-Hub-Signature-256", "sha256=" + HostileRequests.hmac(WHATSAPP_APP_SECRET, payload)));
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(JsonPath.<Integer>read(accepted.body(), "$.recorded")).isEqualTo(1);
  }

  /** The post as the group feed shows it (issue 14), once it is in that situation. */
  Map<String, Object> awaitGroupPost(String postId, String situation) {
    return await().atMost(PATIENCE).until(() -> {
      HttpResponse<String> post = system.get("team", "/api/v1/group-posts/" + postId);
      return post.statusCode() == 200 ? JsonPath.<Map<String, Object>>read(post.body(), "$") : Map.<String, Object>of();
    }, post -> situation.equals(post.get("situation")));
  }

  /** The outbox's message of that type for the incident, once it has that status. */
  Map<String, Object> awaitNotification(String incidentId, String type, String status) {
    List<Map<String, Object>> found = await().atMost(PATIENCE).until(() -> JsonPath.<List<Map<String, Object>>>read(
        system.get("ascom", "/api/v1/notifications?incidentId=" + incidentId).body(),
        "$[?(@.type == '" + type + "' && @.status == '" + status + "')]"), list -> !list.isEmpty());
    return found.get(0);
  }

  void ascom(String notificationId, String action, String body) {
    HttpResponse<String> response = system.post("ascom", "/api/v1/notifications/" + notificationId + "/" + action, body, null);
    assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
  }

  /** The texts posted in the group that name the component, once there are as many as expected. */
  List<String> whatsApp(String component, int expected) {
    await().atMost(PATIENCE).until(() -> whatsAppNaming(component).size() >= expected);
    pause(SETTLE);
    return whatsAppNaming(component);
  }

  /** The e-mails that name the component, in the order they arrived, once there are as many as expected. */
  List<Email> emails(String component, int expected) {
    await().atMost(PATIENCE).until(() -> emailsNaming(component).size() >= expected);
    pause(SETTLE);
    return emailsNaming(component);
  }

  /** Of the e-mails, those with the message's subject: the message word for word, one to each address, no other. */
  void assertSentOnceToEach(List<Email> emails, String message, List<String> to) {
    List<Email> sent = emails.stream().filter(email -> email.subject().equals(NormMessages.subject(message))).toList();
    assertThat(sent).allSatisfy(email -> assertThat(email.text()).isEqualTo(NormMessages.email(message)));
    assertThat(sent.stream().flatMap(email -> email.to().stream()).sorted().toList()).isEqualTo(to);
  }

  /** Each of the addresses received these messages in this order, one of each, and no other naming the component. */
  void assertInOrder(List<Email> emails, List<String> addresses, String... messages) {
    String[] subjects = Arrays.stream(messages).map(NormMessages::subject).toArray(String[]::new);
    for (String address : addresses) {
      // GreenMail lists each mailbox's messages in the order they arrived
      assertThat(emails.stream().filter(email -> email.to().contains(address)).map(Email::subject))
          .as("caixa de " + address).containsExactly(subjects);
    }
  }

  private List<String> whatsAppNaming(String component) {
    return providers.whatsAppTexts().stream().filter(text -> text.contains(component)).toList();
  }

  private List<Email> emailsNaming(String component) {
    return providers.emails().stream().filter(email -> email.text().contains(component)).toList();
  }

  /** A Java string as a JSON string literal. */
  static String json(String text) {
    StringBuilder literal = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        default -> literal.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return literal.append('"').toString();
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
