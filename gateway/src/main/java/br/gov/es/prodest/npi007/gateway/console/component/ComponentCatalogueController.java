package br.gov.es.prodest.npi007.gateway.console.component;

import br.gov.es.prodest.npi007.gateway.component.Component;
import br.gov.es.prodest.npi007.gateway.component.ComponentCatalogue;
import br.gov.es.prodest.npi007.gateway.component.ComponentRegistration;
import br.gov.es.prodest.npi007.gateway.component.ComponentRequest;
import br.gov.es.prodest.npi007.gateway.console.ConsoleActions;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * ADMIN's page of the component catalogue (issue 12): the components in force and one form that
 * adds a component or changes one, through the same service as {@code PUT /api/v1/components/{slug}}.
 */
@Controller
@RequestMapping(ComponentCatalogueController.PAGE)
class ComponentCatalogueController {

  static final String PAGE = "/console/admin/components";
  private static final Component BLANK = new Component("", "", null, false);

  private final ComponentCatalogue catalogue;
  private final ComponentRegistration registration;

  ComponentCatalogueController(ComponentCatalogue catalogue, ComponentRegistration registration) {
    this.catalogue = catalogue;
    this.registration = registration;
  }

  /** The list, and the form filled with the component to change ({@code ?editar=slug}) or blank. */
  @GetMapping
  String page(@RequestParam(name = "editar", required = false) String slug, Model model) {
    model.addAttribute("components", catalogue.all());
    model.addAttribute("form", catalogue.find(slug).orElse(BLANK));
    model.addAttribute("editing", catalogue.contains(slug));
    // one key per rendered form: a double submit is one change
    model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
    return "console/component/components";
  }

  @PostMapping
  CompletableFuture<String> save(@RequestParam String slug, @Valid ComponentRequest request, BindingResult binding,
      @RequestParam(required = false) String idempotencyKey, CurrentUser user, RedirectAttributes flash) {
    if (binding.hasErrors()) {
      return ConsoleActions.invalid(binding, PAGE, flash);
    }
    return ConsoleActions.run(
        () -> CompletableFuture.completedFuture(registration.register(slug, request, user, idempotencyKey)),
        PAGE, "Componente " + slug + " salvo no catálogo.", flash);
  }
}
