package br.gov.es.prodest.npi007.gateway.internalapi;

import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.paging.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One service's internal query API. A service that cannot answer (down, slow, failing) becomes a
 * 503 problem; its 404 to a resource becomes an empty answer, so the caller words the public 404; its
 * 400 (a filter it does not know) becomes a public 400 with the service's own detail and code.
 */
public class InternalApi {

  private static final Logger log = LoggerFactory.getLogger(InternalApi.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  /** A detail longer than this is not a short Portuguese sentence for a client; the generic one is used instead. */
  private static final int MAX_DETAIL = 1000;

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

  static final String INVALID_QUERY = "INVALID_QUERY";
  /** The internal services' response header naming the next page's cursor; absent on the last page. */
  public static final String NEXT_CURSOR = Page.NEXT_CURSOR_HEADER;

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

  /**
   * GET of one page of a collection: the filters (those with no value are left out) plus the page's
   * {@code limit} and {@code cursor}; the service names the next page in its {@value #NEXT_CURSOR} header.
   */
  public <T> Page<T> list(String path, Map<String, String> parameters, PageRequest page,
      ParameterizedTypeReference<List<T>> type) {
    Map<String, Object> query = new LinkedHashMap<>();
    parameters.forEach((name, value) -> {
      if (value != null && !value.isBlank()) {
        query.put(name, value);
      }
    });
    query.put(PageRequest.LIMIT, page.limit());
    if (page.cursor() != null) {
      query.put(PageRequest.CURSOR, page.cursor());
    }
    try {
      ResponseEntity<List<T>> answer = client.get()
          .uri(uri -> {
            uri.path(path);
            query.keySet().forEach(name -> uri.queryParam(name, "{" + name + "}"));
            return uri.build(query);
          })
          .retrieve()
          .toEntity(type);
      List<T> items = answer.getBody() == null ? List.of() : answer.getBody();
      return new Page<>(items, nextCursor(answer.getHeaders().getFirst(NEXT_CURSOR)));
    } catch (RestClientResponseException e) {
      throw refusedOrUnavailable(e);
    } catch (RestClientException e) {
      throw unavailable(e);
    }
  }

  /** A cursor outside the contract would be refused when the client follows it: the service's fault, so a 503. */
  private String nextCursor(String header) {
    if (header == null || header.isEmpty()) {
      return null;
    }
    if (!PageRequest.VALID_CURSOR.matcher(header).matches()) {
      throw unavailable(new RestClientException(NEXT_CURSOR + " fora do contrato (" + header.length() + " caracteres)"));
    }
    return header;
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
      throw refusedOrUnavailable(e);
    } catch (RestClientException e) {
      throw unavailable(e);
    }
  }

  /** The service's 400 is the client's fault: a public 400 with its detail (and code); anything else is 503. */
  private ApiProblem refusedOrUnavailable(RestClientResponseException e) {
    if (e.getStatusCode().value() != HttpStatus.BAD_REQUEST.value()) {
      return unavailable(e);
    }
    JsonNode problem = problemOf(e.getResponseBodyAsByteArray());
    String detail = text(problem, "detail");
    String code = text(problem, "code");
    return ApiProblem.badRequest(code == null || !CODE.matcher(code).matches() ? INVALID_QUERY : code,
        detail == null || detail.length() > MAX_DETAIL ? "A consulta tem um parâmetro com valor inválido." : detail);
  }

  private static JsonNode problemOf(byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (JacksonException notJson) {
      return null;
    }
  }

  private static String text(JsonNode problem, String member) {
    if (problem == null || !problem.path(member).isString()) {
      return null;
    }
    String value = problem.path(member).asString().strip();
    return value.isEmpty() ? null : value;
  }

  private ApiProblem unavailable(RestClientException cause) {
    log.warn("O {} não respondeu: {}", serviceName, cause.toString());
    return ApiProblem.serviceUnavailable("SERVICE_UNAVAILABLE",
        "O " + serviceName + " está indisponível no momento; tente novamente em instantes.", cause);
  }
}
