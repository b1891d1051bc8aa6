package br.gov.es.prodest.npi007.gateway.problem;

import br.gov.es.prodest.npi007.gateway.problem.ExceptionDescriptions.Description;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.ModelAndView;
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

  private final ProblemDocuments documents;

  public ProblemErrorController(ProblemDocuments documents) {
    this.documents = documents;
  }

  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<Object> error(HttpServletRequest request) {
    return ProblemDocuments.entity(problemOf(request), HttpHeaders.EMPTY);
  }

  /**
   * The same error, asked for by a browser: on a people's page (PeoplePages) it is a page in
   * Portuguese with its status; anywhere else the problem document as always.
   */
  @RequestMapping(value = "${server.error.path:/error}", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView page(HttpServletRequest request) {
    ProblemDetail problem = problemOf(request);
    if (!PeoplePages.isPage(pathOf(request))) {
      return new ModelAndView((model, servletRequest, response) -> documents.write(response, problem));
    }
    Object detail = request.getAttribute(PeoplePages.DETAIL);
    ModelAndView page = new ModelAndView("console/error", HttpStatusCode.valueOf(problem.getStatus()));
    page.addObject("status", problem.getStatus());
    page.addObject("detail", detail instanceof String sentence ? sentence : problem.getDetail());
    return page;
  }

  private static ProblemDetail problemOf(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatusCode status = code instanceof Integer value ? HttpStatusCode.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
    String path = pathOf(request);
    Description description = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Exception ex
        ? ExceptionDescriptions.describe(ex, status, path)
        : ExceptionDescriptions.byStatus(status);
    return ProblemDocuments.problem(description.status(), description.code(), description.detail(), path);
  }

  private static String pathOf(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return uri == null ? request.getRequestURI() : uri.toString();
  }
}
