package br.gov.es.prodest.npi007.delivery.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
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

/** An Evolution API v2 gateway, played by WireMock as its documentation describes sendText. */
class EvolutionApiAdapterTest extends HttpProviderContract {

  @RegisterExtension
  static WireMockExtension evolution = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String API_KEY = "B6D711FCDE4D4FD5936544120E713976";
  private static final String GROUP_JID = "120363024158769234@g.us";

  @Override
  WireMockExtension provider() {
    return evolution;
  }

  @Override
  DeliveryAdapter adapter(URI baseUrl, Duration timeout) {
    return new EvolutionApiAdapter(new EvolutionApiSettings(baseUrl, "prodest-ascom", API_KEY, timeout));
  }

  @Override
  String path() {
    return "/message/sendText/prodest-ascom";
  }

  @Override
  String recipient() {
    return GROUP_JID;
  }

  @Override
  String secret() {
    return API_KEY;
  }

  @Test
  void postsNumberAndTextWithTheApiKeyAndKeepsTheKeyId() {
    evolution.stubFor(post(urlEqualTo(path()))
        .withHeader("apikey", equalTo(API_KEY))
        .withHeader("Content-Type", containing("application/json"))
        .withRequestBody(equalToJson("""
            {"number":"120363024158769234@g.us","text":"*PRODEST Informa: Manutenção Programada*\\nAtenção"}"""))
        .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody("""
            {"key":{"remoteJid":"120363024158769234@g.us","fromMe":true,"id":"BAE5B8BC84A484E3"},
             "message":{"extendedTextMessage":{"text":"…"}},"messageTimestamp":"1689604487","status":"PENDING"}""")));
    DeliveryAdapter adapter = adapter(URI.create(evolution.baseUrl()), TIMEOUT);

    DeliveryResult result = adapter.deliver(new Delivery("d-1", "n-1", 1, GROUP_JID, null,
        "*PRODEST Informa: Manutenção Programada*\nAtenção", null));

    assertThat(result).isEqualTo(new DeliveryResult.Accepted("BAE5B8BC84A484E3"));
    assertThat(adapter.provider()).isEqualTo("evolution-api");
    assertThat(adapter.channel()).isEqualTo(Channel.WHATSAPP);
  }

  @Test
  void anAnswerWrappedInResponseStillGivesTheId() {
    answer(aResponse().withStatus(200).withBody(
        "{\"status\":201,\"error\":false,\"response\":{\"key\":{\"id\":\"3EB0A1\"},\"status\":\"PENDING\"}}"));

    assertThat(deliver()).isEqualTo(new DeliveryResult.Accepted("3EB0A1"));
  }

  @Test
  void aGatewayErrorIsQuotedWithItsMessages() {
    answer(aResponse().withStatus(400).withBody("""
        {"status":400,"error":"Bad Request","response":{"message":[{"jid":"120363024158769234@g.us","exists":false}]}}"""));

    assertThat(deliver()).isEqualTo(new DeliveryResult.Refused("o provedor respondeu HTTP 400: Bad Request:"
        + " {\"jid\":\"120363024158769234@g.us\",\"exists\":false}", false, null));
  }

  @Test
  void aGatewayFailureMayBeRepeated() {
    answer(aResponse().withStatus(500).withBody("""
        {"status":500,"error":"Internal Server Error","response":{"message":"Connection Closed"}}"""));

    assertThat(deliver()).isEqualTo(new DeliveryResult.Refused(
        "o provedor respondeu HTTP 500: Internal Server Error: Connection Closed", true, null));
  }

  @Test
  void theSettingsNeverPrintTheKey() {
    assertThat(new EvolutionApiSettings(URI.create("http://gw"), "i", API_KEY, TIMEOUT).toString())
        .doesNotContain(API_KEY);
  }
}
