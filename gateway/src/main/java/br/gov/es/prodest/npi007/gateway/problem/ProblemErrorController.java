package br.gov.es.prodest.npi007.gateway.problem;

import br.gov.es.prodest.npi007.gateway.problem.ExceptionDescriptions.Description;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page: errors raised outside MVC (in a filter, by the container)
 * are answered with a problem document too, never with an HTML page or a stack trace.
 */
@RestController
public class ProblemErrorController implements ErrorController {

  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<Object> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatusCode status = code instanceof Integer value ? HttpStatusCode.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? request.getRequestURI() : uri.toString();
    Description description = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Exception ex
        ? ExceptionDescriptions.describe(ex, status, path)
        : ExceptionDescriptions.byStatus(status);
    return ProblemDocuments.entity(
        ProblemDocuments.problem(description.status(), description.code(), description.detail(), path), HttpHeaders.EMPTY);
  }
}
