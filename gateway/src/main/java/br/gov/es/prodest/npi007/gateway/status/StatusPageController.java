package br.gov.es.prodest.npi007.gateway.status;

import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/** The public status page (issue 12): no sign-in, no script, the same for everyone. */
@Controller
class StatusPageController {

  private final StatusReadModel status;

  StatusPageController(StatusReadModel status) {
    this.status = status;
  }

  @GetMapping("/status")
  String overview(WebRequest request, HttpServletResponse response, Model model) {
    Versioned<StatusSummary> summary = status.summary();
    if (ConditionalGet.notModified(summary, request, response)) {
      return null;
    }
    model.addAttribute("summary", summary.value());
    model.addAttribute("groups", ComponentGroup.of(summary.value().components()));
    return "status/index";
  }

  @GetMapping("/status/components/{slug}")
  String component(@PathVariable String slug, WebRequest request, HttpServletResponse response, Model model) {
    Versioned<ComponentStatus> component = status.component(slug).orElseThrow(() -> notPublic(slug));
    if (ConditionalGet.notModified(component, request, response)) {
      return null;
    }
    model.addAttribute("status", component.value());
    model.addAttribute("slug", component.value().component().slug());
    return "status/component";
  }

  static ApiProblem notPublic(String slug) {
    return ApiProblem.notFound("COMPONENT_NOT_FOUND",
        "Não há serviço público com o identificador informado na página de status.");
  }
}
