package br.gov.es.prodest.npi007.system;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import br.gov.es.prodest.npi007.standalone.Ports;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The providers the notification-service delivers to, as the test's own servers: GreenMail as the
 * SMTP relay and WireMock as the WhatsApp Business Cloud API (Graph API {@code /{version}/{phone
 * number id}/messages}), with the settings of docs/CONTRACTS.md ("Delivery") that point the system at them.
 */
final class FakeProviders implements AutoCloseable {

  static final String PHONE_NUMBER_ID = "109876543210987";
  static final String GROUP = "120363041234567890@g.us";
  private static final String MESSAGES = "/v23.0/" + PHONE_NUMBER_ID + "/messages";

  private final GreenMail smtp;
  private final WireMockServer cloudApi;

  private FakeProviders(GreenMail smtp, WireMockServer cloudApi) {
    this.smtp = smtp;
    this.cloudApi = cloudApi;
  }

  static FakeProviders start() {
    GreenMail smtp = new GreenMail(new ServerSetup(Ports.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    WireMockServer cloudApi = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
    cloudApi.start();
    cloudApi.stubFor(post(urlPathEqualTo(MESSAGES)).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"messaging_product\": \"whatsapp\", \"messages\": [{\"id\": \"wamid.HBgLNTUyNzk5OTk5OTk5FQIAERgS\"}]}")));
    return new FakeProviders(smtp, cloudApi);
  }

  /** The settings that send e-mail to GreenMail and WhatsApp messages to WireMock, for every service. */
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

  /** The texts the Cloud API was asked to post, in the order it received them. */
  List<String> whatsAppTexts() {
    return cloudApi.findAll(postRequestedFor(urlPathEqualTo(MESSAGES))).stream()
        .sorted(Comparator.comparing(LoggedRequest::getLoggedDate))
        .filter(request -> GROUP.equals(JsonPath.read(request.getBodyAsString(), "$.to")))
        .map(request -> JsonPath.<String>read(request.getBodyAsString(), "$.text.body"))
        .toList();
  }

  /** Every e-mail GreenMail received, in order. */
  List<Email> emails() {
    return Arrays.stream(smtp.getReceivedMessages()).map(Email::of).toList();
  }

  /** One e-mail as its recipient reads it: to whom, subject and text part (line ends as \n). */
  record Email(List<String> to, String subject, String text) {

    static Email of(MimeMessage message) {
      try {
        List<String> to = Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        return new Email(to, message.getSubject(), textPart(message.getContent()).replace("\r\n", "\n").strip());
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private static String textPart(Object content) throws MessagingException, IOException {
      if (content instanceof String text) {
        return text;
      }
      Multipart multipart = (Multipart) content;
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.isMimeType("text/plain")) {
          return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart nested) {
          return textPart(nested);
        }
      }
      throw new IllegalStateException("e-mail sem parte text/plain");
    }
  }

  @Override
  public void close() {
    cloudApi.stop();
    smtp.stop();
  }
}
