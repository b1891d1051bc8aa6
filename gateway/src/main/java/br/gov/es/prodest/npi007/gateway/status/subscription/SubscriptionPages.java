package br.gov.es.prodest.npi007.gateway.status.subscription;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** The one page every outcome of the subscription links shows: a heading and a sentence, with its status. */
final class SubscriptionPages {

  static final String MESSAGE = "status/subscription/message";

  static final String UNAVAILABLE = "As assinaturas por e-mail estão indisponíveis no momento. "
      + "Acompanhe a página de status ou o feed Atom.";
  static final String REQUESTED = "Se o endereço estiver correto, você receberá um e-mail para confirmar a assinatura.";
  static final String NOT_FOUND = "Assinatura não encontrada ou já encerrada.";
  static final String BAD_LINK = "O link usado não é válido para esta assinatura. Use o link do e-mail recebido.";
  static final String TOO_MANY = "Muitos pedidos de assinatura em pouco tempo. Tente novamente mais tarde.";

  private SubscriptionPages() {
  }

  /** @param tone the console.css notice class: sucesso, erro or atencao */
  static String message(Model model, HttpServletResponse response, HttpStatus status, String title, String detail,
      String tone) {
    response.setStatus(status.value());
    model.addAttribute("title", title);
    model.addAttribute("detail", detail);
    model.addAttribute("tone", tone);
    return MESSAGE;
  }

  static String unavailable(Model model, HttpServletResponse response) {
    return message(model, response, HttpStatus.SERVICE_UNAVAILABLE, "Assinaturas indisponíveis", UNAVAILABLE, "erro");
  }
}
