package br.gov.es.prodest.npi007.gateway.console.incident;

import br.gov.es.prodest.npi007.gateway.command.CommandConditions;
import br.gov.es.prodest.npi007.gateway.console.ConsoleActions;
import br.gov.es.prodest.npi007.gateway.incident.lifecycle.AssignmentRequest;
import br.gov.es.prodest.npi007.gateway.incident.lifecycle.IncidentLifecycle;
import br.gov.es.prodest.npi007.gateway.incident.lifecycle.RestorationRequest;
import br.gov.es.prodest.npi007.gateway.incident.lifecycle.ServiceRequestLinkRequest;
import br.gov.es.prodest.npi007.gateway.incident.lifecycle.StatementRequest;
import br.gov.es.prodest.npi007.gateway.incident.lifecycle.TriageRequest;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The incident page's forms: each binds the API's own request record and calls the same
 * {@link IncidentLifecycle} as the API (NPI-007 5.2), then goes back to the incident page with the
 * outcome. Who may post each form is the console's role matrix.
 */
@Controller
@RequestMapping("/console/incidents/{id}")
class IncidentFormsController {

  private final IncidentLifecycle lifecycle;

  IncidentFormsController(IncidentLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @PostMapping("/service-request")
  CompletableFuture<String> linkServiceRequest(@PathVariable String id,
      @Valid @ModelAttribute ServiceRequestLinkRequest request, BindingResult binding,
      @RequestParam(required = false) String idempotencyKey, CurrentUser user, RedirectAttributes flash) {
    if (binding.hasErrors()) {
      return ConsoleActions.invalid(binding, page(id), flash);
    }
    return ConsoleActions.run(() -> lifecycle.linkServiceRequest(id, request, user, conditions(idempotencyKey)),
        page(id), "SA " + request.saNumber().strip() + " vinculada ao incidente.", flash);
  }

  @PostMapping("/triage")
  CompletableFuture<String> triage(@PathVariable String id, @Valid @ModelAttribute TriageRequest request,
      BindingResult binding, @RequestParam(required = false) String idempotencyKey, CurrentUser user,
      RedirectAttributes flash) {
    if (binding.hasErrors()) {
      return ConsoleActions.invalid(binding, page(id), flash);
    }
    return ConsoleActions.run(() -> lifecycle.triage(id, request, user, conditions(idempotencyKey)),
        page(id), "Análise registrada.", flash);
  }

  @PostMapping("/restoration")
  CompletableFuture<String> restore(@PathVariable String id, @Valid @ModelAttribute RestorationRequest request,
      BindingResult binding, @RequestParam(required = false) String idempotencyKey, CurrentUser user,
      RedirectAttributes flash) {
    if (binding.hasErrors()) {
      return ConsoleActions.invalid(binding, page(id), flash);
    }
    return ConsoleActions.run(() -> lifecycle.restore(id, request, user, conditions(idempotencyKey)),
        page(id), "Restabelecimento do serviço registrado.", flash);
  }

  @PostMapping("/assignment")
  CompletableFuture<String> assign(@PathVariable String id, @Valid @ModelAttribute AssignmentRequest request,
      BindingResult binding, @RequestParam(required = false) String idempotencyKey, CurrentUser user,
      RedirectAttributes flash) {
    if (binding.hasErrors()) {
      return ConsoleActions.invalid(binding, page(id), flash);
    }
    return ConsoleActions.run(() -> lifecycle.assign(id, request, user, conditions(idempotencyKey)),
        page(id), "Unidade responsável registrada.", flash);
  }

  @PostMapping("/statements")
  CompletableFuture<String> postStatement(@PathVariable String id, @Valid @ModelAttribute StatementRequest request,
      BindingResult binding, @RequestParam(required = false) String idempotencyKey, CurrentUser user,
      RedirectAttributes flash) {
    if (binding.hasErrors()) {
      return ConsoleActions.invalid(binding, page(id), flash);
    }
    return ConsoleActions.run(() -> lifecycle.postStatement(id, request, user, conditions(idempotencyKey)),
        page(id), "Pronunciamento registrado.", flash);
  }

  private static CommandConditions conditions(String idempotencyKey) {
    return new CommandConditions(idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey, null);
  }

  private static String page(String id) {
    return "/console/incidents/" + id;
  }
}
