package br.gov.es.prodest.npi007.gateway.status.subscription;

import br.gov.es.prodest.npi007.gateway.internalapi.InternalApi;
import br.gov.es.prodest.npi007.gateway.status.subscription.SubscriptionConfiguration.SubscriptionFeature;
import br.gov.es.prodest.npi007.gateway.status.subscription.SubscriptionTokens.Purpose;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The links of the mails (CONTRACTS.md): the GET shows a page with a button, so that a mail
 * scanner following links changes nothing; the POST confirms or ends. The token is the credential.
 */
@Controller
class SubscriptionLinksController {

  static final String CONFIRM = "/status/subscriptions/{id}/confirm";
  static final String UNSUBSCRIBE = "/status/subscriptions/{id}/unsubscribe";
  private static final String ACTION = "status/subscription/action";
  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final ParameterizedTypeReference<StoredSubscription> STORED = new ParameterizedTypeReference<>() { };

  private final SubscriptionFeature feature;
  private final SubscriptionWriter writer;
  private final InternalApi notificationService;

  SubscriptionLinksController(SubscriptionFeature feature, SubscriptionWriter writer,
      @Qualifier("notificationService") InternalApi notificationService) {
    this.feature = feature;
    this.writer = writer;
    this.notificationService = notificationService;
  }

  @GetMapping(CONFIRM)
  String confirmPage(@PathVariable String id, @RequestParam(required = false) String token, Model model,
      HttpServletResponse response) {
    Optional<String> refused = refusal(Purpose.CONFIRM, id, token, model, response);
    if (refused.isPresent()) {
      return refused.get();
    }
    return action(model, id, token, "Confirmar assinatura",
        "Confirme que deseja receber por e-mail as atualizações da página de status.", "confirm", "Confirmar assinatura");
  }

  @PostMapping(CONFIRM)
  String confirm(@PathVariable String id, @RequestParam(required = false) String token, Model model,
      HttpServletResponse response) {
    Optional<String> refused = refusal(Purpose.CONFIRM, id, token, model, response);
    if (refused.isPresent()) {
      return refused.get();
    }
    Optional<StoredSubscription> stored = notificationService
        .find(STORED, "/internal/status/subscriptions/{id}", id)
        .filter(subscription -> id.equals(subscription.subscriptionId()));
    if (stored.isEmpty()) {
      return SubscriptionPages.message(model, response, HttpStatus.NOT_FOUND, "Assinatura não encontrada",
          SubscriptionPages.NOT_FOUND, "atencao");
    }
    if (!stored.get().confirmed()) {
      writer.confirm(stored.get());
    }
    return SubscriptionPages.message(model, response, HttpStatus.OK, "Assinatura confirmada",
        "Pronto: você receberá por e-mail as atualizações da página de status. Cada e-mail traz um link para cancelar.",
        "sucesso");
  }

  @GetMapping(UNSUBSCRIBE)
  String unsubscribePage(@PathVariable String id, @RequestParam(required = false) String token, Model model,
      HttpServletResponse response) {
    Optional<String> refused = refusal(Purpose.UNSUBSCRIBE, id, token, model, response);
    if (refused.isPresent()) {
      return refused.get();
    }
    return action(model, id, token, "Cancelar assinatura",
        "Confirme que deseja deixar de receber por e-mail as atualizações da página de status.", "unsubscribe",
        "Cancelar assinatura");
  }

  /** RFC 8058: a mail client's one-click POST carries only the token; it wants a 200, not a page. */
  @PostMapping(path = UNSUBSCRIBE, params = "List-Unsubscribe=One-Click")
  ResponseEntity<Void> oneClick(@PathVariable String id, @RequestParam(required = false) String token) {
    if (feature.tokens().isEmpty()) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).build();
    }
    if (!validId(id) || !feature.tokens().get().verify(Purpose.UNSUBSCRIBE, id, token)) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }
    writer.end(id);
    return ResponseEntity.ok().build();
  }

  @PostMapping(UNSUBSCRIBE)
  String unsubscribe(@PathVariable String id, @RequestParam(required = false) String token, Model model,
      HttpServletResponse response) {
    Optional<String> refused = refusal(Purpose.UNSUBSCRIBE, id, token, model, response);
    if (refused.isPresent()) {
      return refused.get();
    }
    // a tombstone again for an ended subscription changes nothing: the same page
    writer.end(id);
    return SubscriptionPages.message(model, response, HttpStatus.OK, "Assinatura cancelada",
        "Você não receberá mais e-mails de atualização da página de status, e o endereço foi apagado.", "sucesso");
  }

  /** The page to show instead, when the feature is off, the id is not one, or the token is not the id's. */
  private Optional<String> refusal(Purpose purpose, String id, String token, Model model, HttpServletResponse response) {
    if (feature.tokens().isEmpty()) {
      return Optional.of(SubscriptionPages.unavailable(model, response));
    }
    if (!validId(id) || !feature.tokens().get().verify(purpose, id, token)) {
      return Optional.of(SubscriptionPages.message(model, response, HttpStatus.FORBIDDEN, "Link inválido",
          SubscriptionPages.BAD_LINK, "erro"));
    }
    return Optional.empty();
  }

  private static boolean validId(String id) {
    return id != null && UUID.matcher(id).matches();
  }

  private static String action(Model model, String id, String token, String title, String text, String verb,
      String button) {
    model.addAttribute("title", title);
    model.addAttribute("text", text);
    model.addAttribute("id", id);
    model.addAttribute("token", token);
    model.addAttribute("verb", verb);
    model.addAttribute("button", button);
    return ACTION;
  }
}
