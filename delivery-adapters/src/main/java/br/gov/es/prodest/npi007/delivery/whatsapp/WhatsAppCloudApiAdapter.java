package br.gov.es.prodest.npi007.delivery.whatsapp;

import br.gov.es.prodest.npi007.delivery.Channel;
import br.gov.es.prodest.npi007.delivery.Delivery;
import br.gov.es.prodest.npi007.delivery.DeliveryAdapter;
import br.gov.es.prodest.npi007.delivery.DeliveryLog;
import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import br.gov.es.prodest.npi007.delivery.http.JsonEndpoint;
import br.gov.es.prodest.npi007.delivery.http.PathSegment;
import br.gov.es.prodest.npi007.delivery.http.ProviderAnswers;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends a text message through the WhatsApp Business Cloud API: {@code POST
 * {baseUrl}/{version}/{phoneNumberId}/messages} with a bearer token; {@code recipient_type} {@code group}
 * addresses a group by the id the Groups API gave it. The answer's {@code messages[0].id} (a
 * {@code wamid.…}) is the provider's message id.
 */
public final class WhatsAppCloudApiAdapter implements DeliveryAdapter {

  public static final String PROVIDER = "whatsapp-cloud-api";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final JsonEndpoint endpoint;
  private final String recipientType;

  public WhatsAppCloudApiAdapter(WhatsAppCloudApiSettings settings) {
    this.recipientType = settings.recipientType();
    this.endpoint = new JsonEndpoint(
        PathSegment.join(settings.baseUrl(), settings.version(), settings.phoneNumberId(), "messages"),
        Map.of("Authorization", "Bearer " + settings.token()), settings.timeout(), new CloudApiAnswers(),
        settings.token());
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
    body.put("messaging_product", "whatsapp");
    body.put("recipient_type", recipientType);
    body.put("to", delivery.recipient());
    body.put("type", "text");
    ObjectNode text = body.putObject("text");
    text.put("preview_url", false);
    text.put("body", delivery.text());
    return JSON.writeValueAsString(body);
  }

  /**
   * {@code {"messages":[{"id":"wamid…"}]}}; errors
   * {@code {"error":{"message","type","code","error_subcode","error_data":{"details"}}}}.
   */
  static final class CloudApiAnswers implements ProviderAnswers {

    @Override
    public String messageId(JsonNode body) {
      return ProviderAnswers.text(body.path("messages").path(0).path("id"));
    }

    @Override
    public String errorDetail(JsonNode body) {
      JsonNode error = body.path("error");
      String message = ProviderAnswers.text(error.path("message"));
      if (message == null) {
        return null;
      }
      StringBuilder detail = new StringBuilder(message);
      String code = ProviderAnswers.text(error.path("code"));
      String subcode = ProviderAnswers.text(error.path("error_subcode"));
      String type = ProviderAnswers.text(error.path("type"));
      if (code != null) {
        detail.append(" (código ").append(code).append(subcode == null ? "" : "/" + subcode)
            .append(type == null ? "" : ", " + type).append(')');
      }
      String details = ProviderAnswers.text(error.path("error_data").path("details"));
      if (details != null && !message.contains(details)) {
        detail.append(" — ").append(details);
      }
      return detail.toString();
    }
  }
}
