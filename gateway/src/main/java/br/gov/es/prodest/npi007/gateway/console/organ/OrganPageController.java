package br.gov.es.prodest.npi007.gateway.console.organ;

import br.gov.es.prodest.npi007.gateway.console.ConsoleActions;
import br.gov.es.prodest.npi007.gateway.incident.IncidentAccepted;
import br.gov.es.prodest.npi007.gateway.incident.IncidentFilter;
import br.gov.es.prodest.npi007.gateway.incident.IncidentQueries;
import br.gov.es.prodest.npi007.gateway.incident.IncidentReporting;
import br.gov.es.prodest.npi007.gateway.incident.IncidentSource;
import br.gov.es.prodest.npi007.gateway.incident.IncidentView;
import br.gov.es.prodest.npi007.gateway.incident.ReportIncidentRequest;
import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.maintenance.MaintenanceQueries;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An organ's own page (NPI-007 3.1): its report form, its incidents with the messages that reached
 * the group about each, and the maintenances announced to every organ.
 */
@Controller
class OrganPageController {

  static final String PAGE = "/console/organ";
  private static final int INCIDENTS_SHOWN = 20;
  private static final int MAINTENANCES_SHOWN = 20;

  private final IncidentReporting reporting;
  private final IncidentQueries incidents;
  private final OrganMessages messages;
  private final MaintenanceQueries maintenances;
  private final SpringValidatorAdapter validator;

  OrganPageController(IncidentReporting reporting, IncidentQueries incidents, OrganMessages messages,
      MaintenanceQueries maintenances, jakarta.validation.Validator validator) {
    this.reporting = reporting;
    this.incidents = incidents;
    this.messages = messages;
    this.maintenances = maintenances;
    this.validator = new SpringValidatorAdapter(validator);
  }

  @GetMapping(PAGE)
  String page(CurrentUser user, Model model) {
    List<IncidentView> own = incidents.list(new IncidentFilter(null, null, null, null, null),
        new PageRequest(INCIDENTS_SHOWN, null), user).items();
    model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
    model.addAttribute("incidents", own);
    model.addAttribute("messages", messages.reachedTheGroup(own, user));
    PageRequest shown = new PageRequest(MAINTENANCES_SHOWN, null);
    model.addAttribute("inProgress", maintenances.list("in-progress", null, null, null, shown).items());
    model.addAttribute("upcoming", maintenances.list("upcoming", null, null, null, shown).items());
    return "console/organ/page";
  }

  /**
   * The API's report, for the user's own organ and from the WhatsApp group whatever the form posted:
   * the notifier speaks for its organ only (NPI-007 3.1), as the API's own check says.
   */
  @PostMapping(PAGE + "/incidents")
  CompletableFuture<String> report(@RequestParam(required = false) String component,
      @RequestParam(required = false) String description, @RequestParam(required = false) String reportedBy,
      @RequestParam(required = false) String idempotencyKey, CurrentUser user, RedirectAttributes flash) {
    ReportIncidentRequest request = new ReportIncidentRequest(component, user.organ(), description,
        IncidentSource.WHATSAPP_GROUP.name(), reportedBy);
    BindingResult binding = validated(request);
    if (binding.hasErrors()) {
      return ConsoleActions.invalid(binding, PAGE, flash);
    }
    CompletableFuture<IncidentAccepted> outcome;
    try {
      outcome = reporting.report(request, user, idempotencyKey);
    } catch (RuntimeException refused) {
      outcome = CompletableFuture.failedFuture(refused);
    }
    return outcome.handle((accepted, failure) -> {
      if (failure != null) {
        flash.addFlashAttribute(ConsoleActions.ERROR, ConsoleActions.reasonOf(failure));
        return "redirect:" + PAGE;
      }
      flash.addFlashAttribute(ConsoleActions.SUCCESS, "Relato registrado no incidente " + accepted.id() + ".");
      return "redirect:/console/incidents/" + accepted.id();
    });
  }

  /** The API's own constraints on the request record, checked on the request as it will be sent. */
  private BindingResult validated(ReportIncidentRequest request) {
    DataBinder binder = new DataBinder(request, "report");
    binder.setValidator(validator);
    binder.validate();
    return binder.getBindingResult();
  }
}
