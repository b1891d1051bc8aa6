package br.gov.es.prodest.npi007.delivery.http;

import br.gov.es.prodest.npi007.delivery.DeliveryResult;
import br.gov.es.prodest.npi007.delivery.ReasonText;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** What a provider's HTTP answer means for the delivery (CONTRACTS.md, "Never twice"). */
final class HttpAnswer {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private HttpAnswer() {
  }

  static DeliveryResult classify(int status, HttpHeaders headers, String body, ProviderAnswers answers,
      Instant now) {
    JsonNode json = parse(body);
    if (status >= 200 && status < 300) {
      return new DeliveryResult.Accepted(json == null ? null : answers.messageId(json));
    }
    String reason = "o provedor respondeu HTTP " + status + detail(json, body, answers);
    if (retryable(status)) {
      Duration retryAfter = RetryAfter.parse(headers.firstValue("Retry-After").orElse(null), now);
      return new DeliveryResult.Refused(reason, true, retryAfter);
    }
    return new DeliveryResult.Refused(reason, false, null);
  }

  /** 408 and 429 say "not now"; 5xx say the provider failed; the rest of 4xx would fail again as sent. */
  private static boolean retryable(int status) {
    return status == 408 || status == 429 || status >= 500;
  }

  private static String detail(JsonNode json, String body, ProviderAnswers answers) {
    String detail = json == null ? null : answers.errorDetail(json);
    String text = ReasonText.quote(detail != null ? detail : body);
    return text.isEmpty() ? "" : ": " + text;
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(body);
      return node == null || node.isMissingNode() ? null : node;
    } catch (JacksonException notJson) {
      return null;
    }
  }
}
