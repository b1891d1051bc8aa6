package br.gov.es.prodest.npi007.gateway.console.maintenance;

import br.gov.es.prodest.npi007.gateway.console.ConsoleActions;
import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.maintenance.MaintenanceQueries;
import br.gov.es.prodest.npi007.gateway.maintenance.MaintenanceScheduling;
import br.gov.es.prodest.npi007.gateway.maintenance.MaintenanceView;
import br.gov.es.prodest.npi007.gateway.maintenance.RequestMaintenanceRequest;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import br.gov.es.prodest.npi007.gateway.unit.UnitCatalogue;
import br.gov.es.prodest.npi007.paging.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /console/maintenances}: the calendar (NPI-007 5.2.1.3, message 6.5): what is in progress or
 * coming, by start, then the past; and the team's request form.
 */
@Controller
class MaintenanceCalendarController {

  private static final String CALENDAR = "/console/maintenances";
  private static final int SHOWN = 200;
  private static final int PAST_SHOWN = 50;

  private final MaintenanceQueries queries;
  private final MaintenanceScheduling scheduling;
  private final MaintenanceForms forms;
  private final MinimumNotice notice;
  private final UnitCatalogue units;

  MaintenanceCalendarController(MaintenanceQueries queries, MaintenanceScheduling scheduling, MaintenanceForms forms,
      MinimumNotice notice, UnitCatalogue units) {
    this.queries = queries;
    this.scheduling = scheduling;
    this.forms = forms;
    this.notice = notice;
    this.units = units;
  }

  @GetMapping(CALENDAR)
  String calendar(CurrentUser user, Model model) {
    Page<MaintenanceView> inProgress = queries.list("in-progress", null, null, null, new PageRequest(SHOWN, null));
    Page<MaintenanceView> upcoming = queries.list("upcoming", null, null, null, new PageRequest(SHOWN, null));
    Page<MaintenanceView> past = queries.list("past", null, null, null, new PageRequest(PAST_SHOWN, null));
    List<MaintenanceView> current = new ArrayList<>(inProgress.items());
    current.addAll(upcoming.items());
    current.sort(Comparator.comparing(MaintenanceView::start, Comparator.nullsLast(Comparator.<Instant>naturalOrder())));
    model.addAttribute("current", current);
    model.addAttribute("moreCurrent", inProgress.nextCursor() != null || upcoming.nextCursor() != null);
    model.addAttribute("past", past.items());
    model.addAttribute("morePast", past.nextCursor() != null);
    model.addAttribute("mayChange", MaintenanceForms.mayChange(user));
    model.addAttribute("minimumNotice", notice.words());
    model.addAttribute("units", units.all());
    model.addAttribute("ownUnit", user.unit());
    model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
    return "console/maintenance/calendar";
  }

  @PostMapping(CALENDAR)
  CompletableFuture<String> request(@ModelAttribute("form") RequestMaintenanceRequest form, BindingResult formBinding,
      @RequestParam(required = false) String idempotencyKey, CurrentUser user, RedirectAttributes flash) {
    if (formBinding.hasErrors()) {
      return ConsoleActions.invalid(formBinding, CALENDAR, flash);
    }
    RequestMaintenanceRequest request = new RequestMaintenanceRequest(form.component(), WindowInput.toApi(form.start()),
        WindowInput.toApi(form.end()), form.purpose(), form.causesUnavailability(), form.urgent(), null, form.unit());
    BindingResult binding = forms.validate(request, "request");
    if (binding.hasErrors()) {
      return ConsoleActions.invalid(binding, CALENDAR, flash);
    }
    return ConsoleActions.run(() -> MaintenanceForms.keepingWarnings(
            scheduling.request(request, user, MaintenanceForms.conditions(idempotencyKey).idempotencyKey()), flash),
        CALENDAR, "Manutenção solicitada: o aviso (mensagem 6.5) segue para todos os órgãos.", flash);
  }
}
