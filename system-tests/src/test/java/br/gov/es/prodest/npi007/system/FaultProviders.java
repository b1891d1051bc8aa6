package br.gov.es.prodest.npi007.system;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import br.gov.es.prodest.npi007.standalone.Ports;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The providers of the fault suite, which can misbehave on demand: WireMock as the WhatsApp Cloud
 * API (answering 200, 503, or 200 after the delivery timeout), GreenMail as the SMTP relay (stopped:
 * connections refused; started again on the same port). Their own journals are the evidence of
 * what reached them: WireMock's served requests and every message GreenMail received, kept across
 * its restarts.
 */
final class FaultProviders implements AutoCloseable {

  static final String PHONE_NUMBER_ID = "109876543210987";
  static final String GROUP = "120363041234567890@g.us";
  private static final String MESSAGES = "/v23.0/" + PHONE_NUMBER_ID + "/messages";

  private final GreenMail smtp;
  private final WireMockServer cloudApi;
  private final List<String> earlierMessageIds = new ArrayList<>();

  private FaultProviders(GreenMail smtp, WireMockServer cloudApi) {
    this.smtp = smtp;
    this.cloudApi = cloudApi;
  }

  static FaultProviders start() {
    GreenMail smtp = new GreenMail(new ServerSetup(Ports.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    WireMockServer cloudApi = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort()
        .containerThreads(40).asynchronousResponseEnabled(true));
    cloudApi.start();
    FaultProviders providers = new FaultProviders(smtp, cloudApi);
    providers.whatsAppAnswers();
    return providers;
  }

  Map<String, String> environment() {
    return Map.of(
        "SPRING_MAIL_HOST", "127.0.0.1",
        "SPRING_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort()),
        "NPI007_WHATSAPP_PROVIDER", "cloud-api",
        "NPI007_WHATSAPP_CLOUD_API_BASE_URL", cloudApi.baseUrl(),
        "NPI007_WHATSAPP_CLOUD_API_PHONE_NUMBER_ID", PHONE_NUMBER_ID,
        "NPI007_WHATSAPP_CLOUD_API_TOKEN", "token-da-cloud-api-dos-testes",
        "NPI007_WHATSAPP_RECIPIENT", GROUP);
  }

  /** The Cloud API accepts every message. */
  void whatsAppAnswers() {
    stub(accepted());
  }

  /** The Cloud API fails with 503 (a definite refusal: retried). */
  void whatsAppFails() {
    stub(aResponse().withStatus(503).withHeader("Content-Type", "application/json")
        .withBody("{\"error\": {\"message\": \"Service temporarily unavailable\", \"code\": 2}}"));
  }

  /** The Cloud API posts the message but answers after the delivery timeout (uncertain: never retried). */
  void whatsAppTimesOut(int millis) {
    stub(accepted().withFixedDelay(millis));
  }

  private static ResponseDefinitionBuilder accepted() {
    return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"messaging_product\": \"whatsapp\", \"messages\": [{\"id\": \"wamid.HBgLNTUyNzk5OTk5OTk5FQIAERgS\"}]}");
  }

  private void stub(ResponseDefinitionBuilder response) {
    cloudApi.resetMappings();
    cloudApi.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(response));
  }

  /** SMTP refuses connections (the server is down). */
  synchronized void stopSmtp() {
    Managers managers = smtp.getManagers();
    smtp.stop();
    // stop() gives the server fresh, empty mailboxes: keep what the stopped one received
    for (com.icegreen.greenmail.store.StoredMessage message : managers.getImapHostManager().getAllMessages()) {
      earlierMessageIds.add(messageId(message.getMimeMessage()));
    }
  }

  synchronized void startSmtp() {
    smtp.start();
  }

  /** The Message-ID of every e-mail the SMTP server received, across its restarts. */
  synchronized List<String> emailMessageIds() {
    List<String> ids = new ArrayList<>(earlierMessageIds);
    if (smtp.isRunning()) {
      for (MimeMessage message : smtp.getReceivedMessages()) {
        ids.add(messageId(message));
      }
    }
    return ids;
  }

  /** What the Cloud API was asked to post: the text and the status it answered. */
  List<WhatsAppRequest> whatsAppRequests() {
    List<WhatsAppRequest> requests = new ArrayList<>();
    for (ServeEvent event : cloudApi.getAllServeEvents()) {
      if (!event.getRequest().getUrl().startsWith(MESSAGES)) {
        continue;
      }
      String body = event.getRequest().getBodyAsString();
      int status = event.getResponse() == null ? -1 : event.getResponse().getStatus();
      requests.add(new WhatsAppRequest(JsonPath.read(body, "$.text.body"), status,
          event.getResponseDefinition() != null && event.getResponseDefinition().getFixedDelayMilliseconds() != null));
    }
    return requests;
  }

  record WhatsAppRequest(String text, int status, boolean delayed) {
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    cloudApi.stop();
    smtp.stop();
  }
}
