package br.gov.es.prodest.npi007.delivery.whatsapp;

import br.gov.es.prodest.npi007.delivery.Channel;
import br.gov.es.prodest.npi007.delivery.Delivery;
import br.gov.es.prodest.npi007.delivery.DeliveryAdapter;
import br.gov.es.prodest.npi007.delivery.DeliveryLog;
import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import br.gov.es.prodest.npi007.delivery.http.JsonEndpoint;
import br.gov.es.prodest.npi007.delivery.http.PathSegment;
import br.gov.es.prodest.npi007.delivery.http.ProviderAnswers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends a text message through an Evolution API v2 gateway: {@code POST
 * {baseUrl}/message/sendText/{instance}} with the {@code apikey} header and {@code {"number","text"}},
 * where the number is a phone number or a group JID ({@code …@g.us}). The answer's {@code key.id} is the
 * provider's message id.
 */
public final class EvolutionApiAdapter implements DeliveryAdapter {

  public static final String PROVIDER = "evolution-api";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final JsonEndpoint endpoint;

  public EvolutionApiAdapter(EvolutionApiSettings settings) {
    this.endpoint = new JsonEndpoint(
        PathSegment.join(settings.baseUrl(), "message", "sendText", settings.instance()),
        Map.of("apikey", settings.apiKey()), settings.timeout(), new EvolutionAnswers(), settings.apiKey());
  }

  @Override
  public String provider() {
    return PROVIDER;
  }

  @Override
  public Channel channel() {
    return Channel.WHATSAPP;
  }

  @Override
  public DeliveryResult deliver(Delivery delivery) {
    DeliveryResult result = WhatsAppText.refusal(delivery).orElseGet(() -> endpoint.post(body(delivery)));
    return DeliveryLog.outcome(PROVIDER, delivery, result);
  }

  private String body(Delivery delivery) {
    ObjectNode body = JSON.createObjectNode();
    body.put("number", delivery.recipient());
    body.put("text", delivery.text());
    return JSON.writeValueAsString(body);
  }

  /**
   * {@code {"key":{"remoteJid","fromMe","id"},"status":"PENDING",…}} (some deployments wrap it in
   * {@code "response"}); errors {@code {"status":400,"error":"Bad Request","response":{"message":[…]}}}.
   */
  static final class EvolutionAnswers implements ProviderAnswers {

    @Override
    public String messageId(JsonNode body) {
      String id = ProviderAnswers.text(body.path("key").path("id"));
      return id != null ? id : ProviderAnswers.text(body.path("response").path("key").path("id"));
    }

    @Override
    public String errorDetail(JsonNode body) {
      JsonNode message = body.path("response").path("message");
      if (message.isMissingNode() || message.isNull()) {
        message = body.path("message");
      }
      List<String> parts = new ArrayList<>();
      collect(message, parts);
      if (parts.isEmpty()) {
        return null;
      }
      String error = ProviderAnswers.text(body.path("error"));
      return (error == null ? "" : error + ": ") + String.join("; ", parts);
    }

    private static void collect(JsonNode node, List<String> parts) {
      if (node.isArray()) {
        node.forEach(element -> collect(element, parts));
      } else if (node.isString()) {
        parts.add(node.asString());
      } else if (node.isObject()) {
        parts.add(node.toString());
      }
    }
  }
}
