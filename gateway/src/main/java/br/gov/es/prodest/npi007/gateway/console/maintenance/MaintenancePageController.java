package br.gov.es.prodest.npi007.gateway.console.maintenance;

import br.gov.es.prodest.npi007.gateway.console.ConsoleActions;
import br.gov.es.prodest.npi007.gateway.maintenance.CancellationRequest;
import br.gov.es.prodest.npi007.gateway.maintenance.CompletionRequest;
import br.gov.es.prodest.npi007.gateway.maintenance.MaintenanceQueries;
import br.gov.es.prodest.npi007.gateway.maintenance.MaintenanceScheduling;
import br.gov.es.prodest.npi007.gateway.maintenance.MaintenanceView;
import br.gov.es.prodest.npi007.gateway.maintenance.RescheduleRequest;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import jakarta.validation.Valid;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/maintenances/{id}}: one maintenance, its reminders and history, and the team's forms
 * to reschedule, cancel or complete it, through the same {@link MaintenanceScheduling} as the API.
 */
@Controller
class MaintenancePageController {

  private final MaintenanceQueries queries;
  private final MaintenanceScheduling scheduling;
  private final MaintenanceForms forms;
  private final MinimumNotice notice;

  MaintenancePageController(MaintenanceQueries queries, MaintenanceScheduling scheduling, MaintenanceForms forms,
      MinimumNotice notice) {
    this.queries = queries;
    this.scheduling = scheduling;
    this.forms = forms;
    this.notice = notice;
  }

  @GetMapping("/console/maintenances/{id}")
  String maintenance(@PathVariable String id, CurrentUser user, Model model) {
    MaintenanceView maintenance = queries.one(id);
    boolean mayChange = MaintenanceForms.mayChange(user);
    model.addAttribute("maintenance", maintenance);
    model.addAttribute("mayReschedule", mayChange && MaintenanceLabels.beforeStart(maintenance.status()));
    model.addAttribute("mayCancel", mayChange && !MaintenanceLabels.closed(maintenance.status()));
    model.addAttribute("mayComplete", mayChange && "IN_PROGRESS".equals(maintenance.status()));
    model.addAttribute("minimumNotice", notice.words());
    model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
    return "console/maintenance/maintenance";
  }

  @PostMapping("/console/maintenances/{id}/reschedule")
  CompletableFuture<String> reschedule(@PathVariable String id, @ModelAttribute("form") RescheduleRequest form,
      BindingResult formBinding, @RequestParam(required = false) String idempotencyKey, CurrentUser user,
      RedirectAttributes flash) {
    if (formBinding.hasErrors()) {
      return ConsoleActions.invalid(formBinding, page(id), flash);
    }
    RescheduleRequest request = new RescheduleRequest(WindowInput.toApi(form.start()), WindowInput.toApi(form.end()),
        form.urgent(), form.reason());
    BindingResult binding = forms.validate(request, "request");
    if (binding.hasErrors()) {
      return ConsoleActions.invalid(binding, page(id), flash);
    }
    return ConsoleActions.run(() -> MaintenanceForms.keepingWarnings(
            scheduling.reschedule(id, request, user, MaintenanceForms.conditions(idempotencyKey)), flash),
        page(id), "Manutenção reagendada: o novo aviso segue para todos os órgãos.", flash);
  }

  @PostMapping("/console/maintenances/{id}/cancel")
  CompletableFuture<String> cancel(@PathVariable String id, @Valid @ModelAttribute CancellationRequest request,
      BindingResult binding, @RequestParam(required = false) String idempotencyKey, CurrentUser user,
      RedirectAttributes flash) {
    if (binding.hasErrors()) {
      return ConsoleActions.invalid(binding, page(id), flash);
    }
    return ConsoleActions.run(() -> scheduling.cancel(id, request, user, MaintenanceForms.conditions(idempotencyKey)),
        page(id), "Manutenção cancelada: o cancelamento é avisado aos órgãos.", flash);
  }

  @PostMapping("/console/maintenances/{id}/completion")
  CompletableFuture<String> complete(@PathVariable String id, @Valid @ModelAttribute CompletionRequest request,
      BindingResult binding, @RequestParam(required = false) String idempotencyKey, CurrentUser user,
      RedirectAttributes flash) {
    if (binding.hasErrors()) {
      return ConsoleActions.invalid(binding, page(id), flash);
    }
    return ConsoleActions.run(() -> scheduling.complete(id, request, user, MaintenanceForms.conditions(idempotencyKey)),
        page(id), "Manutenção concluída.", flash);
  }

  private static String page(String id) {
    return "/console/maintenances/" + id;
  }
}
