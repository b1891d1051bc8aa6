package br.gov.es.prodest.npi007.gateway.status;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A status page that cannot be shown (a component that is not public, the notification-service
 * down) is a page in Portuguese with the problem's status, never the API's JSON.
 */
@ControllerAdvice(assignableTypes = StatusPageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StatusPageErrors {

  @ExceptionHandler(ErrorResponseException.class)
  String problem(ErrorResponseException problem, Model model, HttpServletResponse response) {
    int status = problem.getStatusCode().value();
    response.setStatus(status);
    model.addAttribute("status", status);
    model.addAttribute("notFound", status == HttpStatus.NOT_FOUND.value());
    model.addAttribute("detail", status == HttpStatus.NOT_FOUND.value()
        ? problem.getBody().getDetail()
        : "Não foi possível consultar a situação dos serviços agora. Tente novamente em instantes.");
    return "status/error";
  }
}
