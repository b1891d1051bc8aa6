package br.gov.es.prodest.npi007.gateway.console.incident;

import br.gov.es.prodest.npi007.gateway.incident.IncidentQueries;
import br.gov.es.prodest.npi007.gateway.incident.IncidentView;
import br.gov.es.prodest.npi007.gateway.incident.timeline.IncidentTimeline;
import br.gov.es.prodest.npi007.gateway.organ.OrganCatalogue;
import br.gov.es.prodest.npi007.gateway.unit.UnitCatalogue;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /console/incidents/{id}}: one incident, its timeline, and the forms its status and the
 * user's role allow. A notifier sees only its own organ's incidents (the query hides the others: 404).
 */
@Controller
class IncidentPageController {

  private final IncidentQueries queries;
  private final IncidentTimeline timeline;
  private final OrganCatalogue organs;
  private final UnitCatalogue units;

  IncidentPageController(IncidentQueries queries, IncidentTimeline timeline, OrganCatalogue organs,
      UnitCatalogue units) {
    this.queries = queries;
    this.timeline = timeline;
    this.organs = organs;
    this.units = units;
  }

  @GetMapping("/console/incidents/{id}")
  String incident(@PathVariable String id, CurrentUser user, Model model) {
    IncidentView incident = queries.one(id, user);
    IncidentActions actions = IncidentActions.of(incident, user.role());
    model.addAttribute("incident", incident);
    model.addAttribute("timeline", timeline.of(id, null, user));
    model.addAttribute("actions", actions);
    model.addAttribute("anyAction", actions.any());
    model.addAttribute("organs", organs.all());
    model.addAttribute("units", units.all());
    model.addAttribute("ownUnit", user.unit());
    // one key per rendered page: a double submit of its form is one command (keys are scoped per operation)
    model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
    return "console/incident/incident";
  }
}
