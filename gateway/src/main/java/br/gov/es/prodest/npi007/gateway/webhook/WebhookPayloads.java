package br.gov.es.prodest.npi007.gateway.webhook;

import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a webhook's raw body, once its credentials are checked: JSON that does not parse is 400
 * {@code MALFORMED_REQUEST_BODY}, invalid fields are 400 {@code VALIDATION_FAILED} with each field
 * named, as on the rest of the API.
 */
@Component
public class WebhookPayloads {

  private final JsonMapper json;
  private final Validator validator;

  public WebhookPayloads(JsonMapper json, Validator validator) {
    this.json = json;
    this.validator = validator;
  }

  public <T> T read(byte[] body, Class<T> type) {
    T payload;
    try {
      payload = body == null || body.length == 0 ? null : json.readValue(body, type);
    } catch (JacksonException e) {
      payload = null;
    }
    if (payload == null) {
      throw ApiProblem.badRequest("MALFORMED_REQUEST_BODY", "O corpo da requisição está ausente ou não é um JSON válido.");
    }
    List<Map<String, String>> errors = new ArrayList<>();
    validator.validate(payload).stream()
        .sorted(Comparator.comparing((ConstraintViolation<T> violation) -> violation.getPropertyPath().toString()))
        .forEach(violation -> errors.add(Map.of("field", violation.getPropertyPath().toString(),
            "message", violation.getMessage())));
    if (!errors.isEmpty()) {
      throw ApiProblem.validationFailed(errors);
    }
    return payload;
  }
}
