package br.gov.es.prodest.npi007.gateway.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Renders problem documents the same way everywhere: from the MVC advice, from the error page,
 * and from filters that answer before MVC (security, body limit).
 */
@Component
public class ProblemDocuments {

  private final JsonMapper json;

  public ProblemDocuments(JsonMapper json) {
    this.json = json;
  }

  /** Members in the order of RFC 9457, then the extension members. */
  public static Map<String, Object> members(ProblemDetail problem) {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("type", problem.getType() == null ? URI.create("about:blank") : problem.getType());
    members.put("title", problem.getTitle() != null ? problem.getTitle() : ProblemTitles.of(HttpStatusCode.valueOf(problem.getStatus())));
    members.put("status", problem.getStatus());
    members.put("detail", problem.getDetail());
    if (problem.getInstance() != null) {
      members.put("instance", problem.getInstance());
    }
    if (problem.getProperties() != null) {
      problem.getProperties().forEach(members::putIfAbsent);
    }
    return members;
  }

  public static ResponseEntity<Object> entity(ProblemDetail problem, HttpHeaders headers) {
    HttpHeaders merged = new HttpHeaders();
    merged.putAll(headers);
    merged.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
    return ResponseEntity.status(problem.getStatus()).headers(merged).body(members(problem));
  }

  /** Writes the document straight to the servlet response (for filters outside MVC). */
  public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), members(problem));
  }

  /** A problem with a Portuguese title and detail and a reason code. */
  public static ProblemDetail problem(HttpStatusCode status, String code, String detail, String instance) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(ProblemTitles.of(status));
    problem.setProperty(ApiProblem.CODE, code);
    return withInstance(problem, instance);
  }

  /** Sets {@code instance} to the request path; a path that is not a valid URI is left out rather than echoed. */
  public static ProblemDetail withInstance(ProblemDetail problem, String path) {
    if (path != null) {
      try {
        problem.setInstance(URI.create(path));
      } catch (IllegalArgumentException notAUri) {
        problem.setInstance(null);
      }
    }
    return problem;
  }
}
