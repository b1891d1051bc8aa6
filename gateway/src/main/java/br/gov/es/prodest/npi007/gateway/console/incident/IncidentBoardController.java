package br.gov.es.prodest.npi007.gateway.console.incident;

import br.gov.es.prodest.npi007.gateway.organ.OrganCatalogue;
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

  IncidentBoardController(IncidentBoard board, OrganCatalogue organs) {
    this.board = board;
    this.organs = organs;
  }

  @GetMapping("/console/incidents")
  String board(@RequestParam(required = false) String component, @RequestParam(required = false) String organ,
      CurrentUser user, Model model) {
    model.addAttribute("board", board.open(component, organ, user));
    model.addAttribute("component", component);
    model.addAttribute("organ", organ);
    model.addAttribute("organs", organs.all());
    model.addAttribute("cap", IncidentBoard.CAP);
    return "console/incident/board";
  }
}
