package br.gov.es.prodest.npi007.gateway.console;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A console page that cannot be shown (an incident that does not exist, a service that is down)
 * is a page that says why, in Portuguese, with the problem's status; never the API's JSON.
 */
@ControllerAdvice(basePackageClasses = ConsoleErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleErrors {

  @ExceptionHandler(ErrorResponseException.class)
  String problem(ErrorResponseException problem, Model model, HttpServletResponse response) {
    response.setStatus(problem.getStatusCode().value());
    model.addAttribute("status", problem.getStatusCode().value());
    model.addAttribute("detail", ConsoleActions.reasonOf(problem));
    return "console/error";
  }
}
