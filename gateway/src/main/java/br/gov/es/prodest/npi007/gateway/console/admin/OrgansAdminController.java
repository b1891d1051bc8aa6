package br.gov.es.prodest.npi007.gateway.console.admin;

import br.gov.es.prodest.npi007.gateway.console.ConsoleActions;
import br.gov.es.prodest.npi007.gateway.organ.OrganCatalogue;
import br.gov.es.prodest.npi007.gateway.organ.OrganRegistered;
import br.gov.es.prodest.npi007.gateway.organ.OrganRegistration;
import br.gov.es.prodest.npi007.gateway.organ.OrganRequest;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The platform operators' catalogue of organs (CONTRACTS.md, "The organ catalogue"): each organ with
 * its recipients, changed or added through the API's own registration (same checks, same event).
 */
@Controller
class OrgansAdminController {

  static final String PAGE = "/console/admin/organs";

  private final OrganCatalogue catalogue;
  private final OrganRegistration registration;

  OrgansAdminController(OrganCatalogue catalogue, OrganRegistration registration) {
    this.catalogue = catalogue;
    this.registration = registration;
  }

  @GetMapping(PAGE)
  String organs(Model model) {
    model.addAttribute("organs", catalogue.all());
    // one key per rendering: a page posts one form, and a double submit of it is one change
    model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
    return "console/admin/organs";
  }

  @PostMapping(PAGE)
  String add(@RequestParam(defaultValue = "") String code, @RequestParam(required = false) String name,
      @RequestParam(defaultValue = "") String emails, @RequestParam(required = false) String idempotencyKey,
      CurrentUser user, RedirectAttributes flash) {
    return save(code, name, emails, idempotencyKey, user, flash);
  }

  @PostMapping(PAGE + "/{code}")
  String edit(@PathVariable String code, @RequestParam(required = false) String name,
      @RequestParam(defaultValue = "") String emails, @RequestParam(required = false) String idempotencyKey,
      CurrentUser user, RedirectAttributes flash) {
    return save(code, name, emails, idempotencyKey, user, flash);
  }

  private String save(String code, String name, String emails, String idempotencyKey,
      CurrentUser user, RedirectAttributes flash) {
    OrganRequest request = new OrganRequest(name, EmailList.parse(emails));
    try {
      OrganRegistered registered = registration.register(code, request, user, idempotencyKey);
      flash.addFlashAttribute(ConsoleActions.SUCCESS, (registered.created() ? "Órgão " + registered.organ().code()
          + " incluído no catálogo." : "Órgão " + registered.organ().code() + " alterado no catálogo."));
    } catch (RuntimeException refused) {
      flash.addFlashAttribute(ConsoleActions.ERROR, OrganRefusals.reasonOf(refused, request.emails()));
    }
    return "redirect:" + PAGE;
  }

}
