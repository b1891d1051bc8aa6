package br.gov.es.prodest.npi007.gateway.status.subscription;

import br.gov.es.prodest.npi007.gateway.status.PublicComponent;
import br.gov.es.prodest.npi007.gateway.status.StatusReadModel;
import br.gov.es.prodest.npi007.gateway.status.subscription.SubscriptionConfiguration.SubscriptionFeature;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public subscription form (issue 12): anyone asks for the status updates by e-mail; the
 * answer is the same whether the address was already subscribed or not, so nobody learns who is.
 */
@Controller
class SubscribeController {

  static final String PATH = "/status/subscribe";
  private static final String FORM = "status/subscription/form";

  private final SubscriptionFeature feature;
  private final SubscriptionAbuseLimits limits;
  private final SubscriptionWriter writer;
  private final StatusReadModel status;

  SubscribeController(SubscriptionFeature feature, SubscriptionAbuseLimits limits, SubscriptionWriter writer,
      StatusReadModel status) {
    this.feature = feature;
    this.limits = limits;
    this.writer = writer;
    this.status = status;
  }

  @GetMapping(PATH)
  String form(Model model, HttpServletResponse response) {
    if (feature.tokens().isEmpty()) {
      return SubscriptionPages.unavailable(model, response);
    }
    return form(model, SubscriptionForm.empty(), Map.of(), publicComponents());
  }

  @PostMapping(PATH)
  String subscribe(@RequestParam(required = false) String email, @RequestParam(required = false) String scope,
      @RequestParam(required = false) List<String> components, HttpServletRequest request,
      HttpServletResponse response, Model model) {
    if (feature.tokens().isEmpty()) {
      return SubscriptionPages.unavailable(model, response);
    }
    if (!limits.clientAllowed(request.getRemoteAddr())) {
      return tooMany(model, response);
    }
    SubscriptionForm form = new SubscriptionForm(email, scope, components);
    List<PublicComponent> published = publicComponents();
    Map<String, String> errors = form.errors(published);
    if (!errors.isEmpty()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return form(model, form, errors, published);
    }
    if (!limits.emailAllowed(form.email())) {
      return tooMany(model, response);
    }
    writer.request(form.email(), form.chosenComponents());
    return SubscriptionPages.message(model, response, HttpStatus.OK, "Pedido de assinatura recebido",
        SubscriptionPages.REQUESTED, "sucesso");
  }

  private List<PublicComponent> publicComponents() {
    return status.summary().value().components();
  }

  private static String form(Model model, SubscriptionForm form, Map<String, String> errors,
      List<PublicComponent> published) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("published", published);
    return FORM;
  }

  private static String tooMany(Model model, HttpServletResponse response) {
    return SubscriptionPages.message(model, response, HttpStatus.TOO_MANY_REQUESTS, "Muitos pedidos",
        SubscriptionPages.TOO_MANY, "atencao");
  }
}
