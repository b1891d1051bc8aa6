package br.gov.es.prodest.npi007.gateway.console.incident;

import br.gov.es.prodest.npi007.gateway.organ.OrganCatalogue;
import br.gov.es.prodest.npi007.gateway.unit.UnitCatalogue;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /console/incidents}: the open incidents at a glance (PRODEST's roles only, see SecurityConfiguration). */
@Controller
class IncidentBoardController {

  private final IncidentBoard board;
  private final OrganCatalogue organs;
  private final UnitCatalogue units;

  IncidentBoardController(IncidentBoard board, OrganCatalogue organs, UnitCatalogue units) {
    this.board = board;
    this.organs = organs;
    this.units = units;
  }

  @GetMapping("/console/incidents")
  String board(@RequestParam(required = false) String component, @RequestParam(required = false) String organ,
      @RequestParam(name = "unidade", required = false) String unit, CurrentUser user, Model model) {
    model.addAttribute("board", board.open(component, organ, unit, user));
    model.addAttribute("component", component);
    model.addAttribute("organ", organ);
    model.addAttribute("unit", unit);
    model.addAttribute("ownUnit", user.unit());
    model.addAttribute("organs", organs.all());
    model.addAttribute("units", units.all());
    model.addAttribute("cap", IncidentBoard.CAP);
    return "console/incident/board";
  }
}
