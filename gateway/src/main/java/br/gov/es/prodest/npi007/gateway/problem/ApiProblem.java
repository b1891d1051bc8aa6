package br.gov.es.prodest.npi007.gateway.problem;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An answer that is a problem document (RFC 9457): an HTTP status, a reason code in the extension
 * member {@code code}, and a detail in Brazilian Portuguese.
 */
public class ApiProblem extends ErrorResponseException {

  public static final String CODE = "code";

  private ApiProblem(HttpStatus status, String code, String detail, Throwable cause) {
    super(status, problem(status, code, detail), cause);
  }

  private static ProblemDetail problem(HttpStatus status, String code, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(ProblemTitles.of(status));
    problem.setProperty(CODE, code);
    return problem;
  }

  public static ApiProblem of(HttpStatus status, String code, String detail) {
    return new ApiProblem(status, code, detail, null);
  }

  public static ApiProblem notFound(String code, String detail) {
    return of(HttpStatus.NOT_FOUND, code, detail);
  }

  public static ApiProblem unprocessable(String code, String detail) {
    return of(HttpStatus.UNPROCESSABLE_CONTENT, code, detail);
  }

  public static ApiProblem badRequest(String code, String detail) {
    return of(HttpStatus.BAD_REQUEST, code, detail);
  }

  public static ApiProblem forbidden(String code, String detail) {
    return of(HttpStatus.FORBIDDEN, code, detail);
  }

  /**
   * 400 {@code VALIDATION_FAILED} with the member {@code errors}: one {@code {field, message}} per
   * invalid field, as MVC's own validation answers.
   */
  public static ApiProblem validationFailed(List<Map<String, String>> errors) {
    return validationFailed(HttpStatus.BAD_REQUEST, errors);
  }

  /** {@code VALIDATION_FAILED} with another status, e.g. 422 where a contract says so (the organ catalogue). */
  public static ApiProblem validationFailed(HttpStatus status, List<Map<String, String>> errors) {
    ApiProblem problem = of(status, "VALIDATION_FAILED", validationDetail(errors));
    problem.getBody().setProperty("errors", errors);
    return problem;
  }

  static String validationDetail(List<Map<String, String>> errors) {
    String fields = errors.stream().map(error -> error.get("field")).distinct().reduce((a, b) -> a + ", " + b).orElse("");
    return "A requisição tem campos inválidos: " + fields + ".";
  }

  /** 401 with the challenge of the scheme the caller should use (RFC 9110 11.6.1). */
  public static ApiProblem unauthenticated(String detail, String challenge) {
    ApiProblem problem = of(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", detail);
    problem.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, challenge);
    return problem;
  }

  public static ApiProblem serviceUnavailable(String code, String detail, Throwable cause) {
    return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, code, detail, cause);
  }
}
