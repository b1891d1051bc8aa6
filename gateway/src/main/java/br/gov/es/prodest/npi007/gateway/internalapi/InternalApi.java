package br.gov.es.prodest.npi007.gateway.internalapi;

import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * One service's internal query API. A service that cannot answer (down, slow, failing) becomes a
 * 503 problem; its 404 becomes an empty answer, so the caller words the public 404.
 */
public class InternalApi {

  private static final Logger log = LoggerFactory.getLogger(InternalApi.class);

  private final RestClient client;
  private final String serviceName;

  /**
   * @param client      bound to the service's base URL
   * @param serviceName how the service is named to a client, in Portuguese, e.g. "serviço de incidentes"
   */
  public InternalApi(RestClient client, String serviceName) {
    this.client = client;
    this.serviceName = serviceName;
  }

  /** GET of a collection; parameters with no value are left out. */
  public <T> List<T> list(String path, Map<String, String> parameters, ParameterizedTypeReference<List<T>> type) {
    try {
      List<T> body = client.get()
          .uri(uri -> {
            uri.path(path);
            parameters.forEach((name, value) -> {
              if (value != null && !value.isBlank()) {
                uri.queryParam(name, "{" + name + "}");
              }
            });
            return uri.build(parameters);
          })
          .retrieve()
          .body(type);
      return body == null ? List.of() : body;
    } catch (RestClientException e) {
      throw unavailable(e);
    }
  }

  /** GET of one resource by id; empty when the service answers 404. */
  public <T> Optional<T> one(String path, String id, Class<T> type) {
    return find(ParameterizedTypeReference.forType(type), path + "/{id}", id);
  }

  /** GET of a resource by a URI template, e.g. {@code /internal/incidents/{id}/timeline}; empty when the service answers 404. */
  public <T> Optional<T> find(ParameterizedTypeReference<T> type, String uriTemplate, Object... uriVariables) {
    try {
      return Optional.ofNullable(client.get().uri(uriTemplate, uriVariables).retrieve().body(type));
    } catch (RestClientResponseException e) {
      if (e.getStatusCode().value() == HttpStatus.NOT_FOUND.value()) {
        return Optional.empty();
      }
      throw unavailable(e);
    } catch (RestClientException e) {
      throw unavailable(e);
    }
  }

  private ApiProblem unavailable(RestClientException cause) {
    log.warn("O {} não respondeu: {}", serviceName, cause.toString());
    return ApiProblem.serviceUnavailable("SERVICE_UNAVAILABLE",
        "O " + serviceName + " está indisponível no momento; tente novamente em instantes.", cause);
  }
}
