package br.gov.es.prodest.npi007.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * E-mail subscriptions to the public status page (issue 12), as a citizen lives them, with a real
 * SMTP server (GreenMail): subscribe in the browser, follow the confirmation link, receive the update
 * when an incident of the component is confirmed for all, leave with the mail client's one-click
 * unsubscribe (RFC 8058), and receive nothing after that.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubscriptionBrowserTest {

  private static final String ADDRESS = "cidada@exemplo.es.gov.br";
  private static final Pattern LINK = Pattern.compile("(http://\\S+/status/subscriptions/\\S+/confirm\\?token=[A-Za-z0-9_=-]+)");
  private static final Pattern ANGLED = Pattern.compile("<([^>]+)>");

  private RunningSystem system;
  private GreenMail mail;
  private Browser citizen;

  @BeforeAll
  void start() {
    system = SharedSystem.get();
    mail = SharedSystem.mail();
    citizen = Browser.open(system.gatewayUrl());
  }

  @AfterAll
  void close() {
    if (citizen != null) {
      citizen.close();
    }
  }

  @Test
  void subscribeConfirmReceiveAnUpdateAndLeaveWithOneClick() throws Exception {
    citizen.go("/status");
    citizen.submit(citizen.find("a[href$='/status/subscribe']"));
    citizen.accessibility("assinatura por e-mail");
    citizen.screenshot("assinatura-formulario");
    citizen.find("#email").sendKeys(ADDRESS);
    citizen.find("#escopo-todos").click();
    citizen.submit(citizen.find("form[action$='/status/subscribe'] button[type=submit]"));
    assertThat(citizen.text()).contains("Se o endereço estiver correto").doesNotContain(ADDRESS);

    MimeMessage confirmation = awaitMail(1).get(0);
    String text = FakeProviders.Email.of(confirmation).text();
    Matcher link = LINK.matcher(text);
    assertThat(link.find()).as(text).isTrue();
    citizen.driver().get(link.group(1));
    citizen.accessibility("confirmação da assinatura");
    citizen.submit(citizen.find("form button[type=submit]"));
    citizen.screenshot("assinatura-confirmada");

    String incident = confirmedForAll("SIGA");
    MimeMessage update = awaitMail(2).get(1);
    assertThat(update.getSubject()).contains("Aviso de Indisponibilidade").contains("SIGA");
    String unsubscribe = header(update, "List-Unsubscribe");
    assertThat(header(update, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");

    Matcher url = ANGLED.matcher(unsubscribe);
    assertThat(url.find()).as(unsubscribe).isTrue();
    HttpResponse<String> left = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.group(1)))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(left.statusCode()).isEqualTo(200);

    restoredAndAnnounced(incident);
    // the 6.4 is public now; the mailer runs every second: give it a few rounds, then count
    Thread.sleep(5000);
    assertThat(mailsTo(ADDRESS)).hasSize(2);
  }

  /** The team confirms an incident of the component for all organs and ASCOM approves its 6.3 (through the API). */
  private String confirmedForAll(String component) throws Exception {
    HttpResponse<String> reported = post("notifier-sesa", "/api/v1/incidents",
        "{\"component\":\"" + component + "\",\"organ\":\"SESA\",\"description\":\"Fora do ar\","
            + "\"source\":\"WHATSAPP_GROUP\",\"reportedBy\":\"Maria\"}");
    assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
    String id = JsonPath.read(reported.body(), "$.id");
    assertThat(post("team", "/api/v1/incidents/" + id + "/triage",
        "{\"verdict\":\"CONFIRMED_GENERAL\",\"impact\":\"Sistema fora do ar\"}").statusCode()).isEqualTo(200);
    approve(id, "6.3");
    return id;
  }

  private void restoredAndAnnounced(String id) throws Exception {
    assertThat(post("team", "/api/v1/incidents/" + id + "/restoration", "{\"note\":\"ok\"}").statusCode()).isEqualTo(200);
    approve(id, "6.4");
    await().atMost(Duration.ofSeconds(60)).until(() -> !publicSummary().contains(id));
  }

  private void approve(String incident, String type) {
    String[] notification = new String[1];
    await().atMost(Duration.ofSeconds(60)).until(() -> {
      HttpResponse<String> listed = system.get("ascom", "/api/v1/notifications?incidentId=" + incident + "&type=" + type);
      List<String> ids = listed.statusCode() == 200 ? JsonPath.read(listed.body(), "$[*].id") : List.of();
      notification[0] = ids.isEmpty() ? null : ids.get(0);
      return notification[0] != null;
    });
    assertThat(post("ascom", "/api/v1/notifications/" + notification[0] + "/approval", "{}").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> post(String user, String path, String json) {
    return system.post(user, path, json, UUID.randomUUID().toString());
  }

  private String publicSummary() throws Exception {
    return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(system.gatewayUrl() + "/api/v1/status")).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  private List<MimeMessage> awaitMail(int count) {
    await().atMost(Duration.ofSeconds(60)).until(() -> mailsTo(ADDRESS).size() >= count);
    return mailsTo(ADDRESS);
  }

  private List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
      try {
        return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).anyMatch(to -> to.toString().contains(address));
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
  }

  private static String header(MimeMessage message, String name) throws MessagingException {
    String[] values = message.getHeader(name);
    assertThat(values).as(name).isNotNull().hasSize(1);
    return values[0];
  }
}
