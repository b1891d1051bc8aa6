package br.gov.es.prodest.npi007.gateway.console;

import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and the console's door, which sends each role to its own work. */
@Controller
class ConsoleHomeController {

  @GetMapping("/login")
  String login() {
    return "login";
  }

  @GetMapping("/console")
  String home(CurrentUser user) {
    return "redirect:" + ConsoleNavigation.home(user.role());
  }
}
