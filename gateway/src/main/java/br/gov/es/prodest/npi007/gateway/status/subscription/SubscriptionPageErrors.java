package br.gov.es.prodest.npi007.gateway.status.subscription;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/** A subscription page that cannot be served (the broker or the notification-service down) is a page in Portuguese, never JSON. */
@ControllerAdvice(assignableTypes = {SubscribeController.class, SubscriptionLinksController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class SubscriptionPageErrors {

  @ExceptionHandler(ErrorResponseException.class)
  String problem(ErrorResponseException problem, Model model, HttpServletResponse response) {
    HttpStatus status = HttpStatus.resolve(problem.getStatusCode().value());
    if (status == HttpStatus.BAD_REQUEST) {
      return SubscriptionPages.message(model, response, status, "Pedido inválido", problem.getBody().getDetail(), "erro");
    }
    return SubscriptionPages.message(model, response, HttpStatus.SERVICE_UNAVAILABLE, "Assinaturas indisponíveis",
        "Não foi possível atender ao pedido agora. Tente novamente em instantes.", "erro");
  }
}
