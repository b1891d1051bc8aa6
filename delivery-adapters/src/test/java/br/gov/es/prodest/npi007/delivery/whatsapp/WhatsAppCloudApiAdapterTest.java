package br.gov.es.prodest.npi007.delivery.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.delivery.Channel;
import br.gov.es.prodest.npi007.delivery.Delivery;
import br.gov.es.prodest.npi007.delivery.DeliveryAdapter;
import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The WhatsApp Business Cloud API, played by WireMock as documented by Meta (Messages API, Groups). */
class WhatsAppCloudApiAdapterTest extends HttpProviderContract {

  @RegisterExtension
  static WireMockExtension cloudApi = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String TOKEN = "EAAG-secret-token";
  private static final String GROUP_ID = "Y2FwaV9ncm91cDoxNzA1NTU1MDEzOToxMjAzNjM0MDQ2OTQyMzM4MjAZD";

  @Override
  WireMockExtension provider() {
    return cloudApi;
  }

  @Override
  DeliveryAdapter adapter(URI baseUrl, Duration timeout) {
    return adapter(baseUrl, "group", timeout);
  }

  private static WhatsAppCloudApiAdapter adapter(URI baseUrl, String recipientType, Duration timeout) {
    return new WhatsAppCloudApiAdapter(
        new WhatsAppCloudApiSettings(baseUrl, "v23.0", "106540352242922", TOKEN, recipientType, timeout));
  }

  @Override
  String path() {
    return "/v23.0/106540352242922/messages";
  }

  @Override
  String recipient() {
    return GROUP_ID;
  }

  @Override
  String secret() {
    return TOKEN;
  }

  @Test
  void postsTheDocumentedTextMessageToTheGroupAndKeepsTheWamid() {
    String text = "*PRODEST Informa: Aviso de Indisponibilidade*\n\nO serviço \"SIGEFES\" está indisponível.";
    cloudApi.stubFor(post(urlEqualTo(path()))
        .withHeader("Authorization", equalTo("Bearer " + TOKEN))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalToJson("""
            {"messaging_product":"whatsapp","recipient_type":"group","to":"%s","type":"text",
             "text":{"preview_url":false,"body":"*PRODEST Informa: Aviso de Indisponibilidade*\\n\\nO serviço \\"SIGEFES\\" está indisponível."}}
            """.formatted(GROUP_ID)))
        .willReturn(okJson("""
            {"messaging_product":"whatsapp","contacts":[{"input":"%s","wa_id":"%s"}],
             "messages":[{"id":"wamid.HBgLNTUyNzk5OTk5OTk5FQIAERgSQjk2"}]}
            """.formatted(GROUP_ID, GROUP_ID))));
    WhatsAppCloudApiAdapter adapter = adapter(URI.create(cloudApi.baseUrl() + "/"), "group", TIMEOUT);

    DeliveryResult result = adapter.deliver(new Delivery("d-1", "n-1", 1, GROUP_ID, null, text, null));

    assertThat(result).isEqualTo(new DeliveryResult.Accepted("wamid.HBgLNTUyNzk5OTk5OTk5FQIAERgSQjk2"));
    assertThat(adapter.provider()).isEqualTo("whatsapp-cloud-api");
    assertThat(adapter.channel()).isEqualTo(Channel.WHATSAPP);
  }

  @Test
  void anIndividualRecipientIsAPhoneNumber() {
    cloudApi.stubFor(post(urlEqualTo(path()))
        .withRequestBody(equalToJson("""
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"5527999999999","type":"text",
             "text":{"preview_url":false,"body":"teste"}}"""))
        .willReturn(okJson("{\"messages\":[{\"id\":\"wamid.1\"}]}")));

    DeliveryResult result = adapter(URI.create(cloudApi.baseUrl()), "individual", TIMEOUT)
        .deliver(new Delivery("d-2", "n-2", 1, "5527999999999", null, "teste", null));

    assertThat(result).isEqualTo(new DeliveryResult.Accepted("wamid.1"));
  }

  @Test
  void anAcceptedAnswerWithoutAnIdIsStillAccepted() {
    answer(okJson("{\"messaging_product\":\"whatsapp\"}"));

    assertThat(deliver()).isEqualTo(new DeliveryResult.Accepted(null));
  }

  @Test
  void aGraphApiErrorIsQuotedWithItsCode() {
    answer(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody("""
        {"error":{"message":"(#131009) Parameter value is not valid","type":"OAuthException","code":131009,
          "error_data":{"messaging_product":"whatsapp","details":"Recipient is not a valid group id"},
          "fbtrace_id":"AbCdEf"}}"""));

    assertThat(deliver()).isEqualTo(new DeliveryResult.Refused("o provedor respondeu HTTP 400: (#131009) Parameter"
        + " value is not valid (código 131009, OAuthException) — Recipient is not a valid group id", false, null));
  }

  @Test
  void aGraphApiServerErrorMayBeRepeated() {
    answer(aResponse().withStatus(500).withBody(
        "{\"error\":{\"message\":\"Message failed to send because of an unknown error.\",\"type\":\"OAuthException\","
            + "\"code\":131000,\"fbtrace_id\":\"x\"}}"));

    assertThat(deliver()).isEqualTo(new DeliveryResult.Refused("o provedor respondeu HTTP 500: Message failed to"
        + " send because of an unknown error. (código 131000, OAuthException)", true, null));
  }

  @Test
  void theSettingsNeverPrintTheToken() {
    assertThat(new WhatsAppCloudApiSettings(URI.create("https://graph.facebook.com"), "v23.0", "1", TOKEN, "group",
        TIMEOUT).toString()).doesNotContain(TOKEN);
  }
}
