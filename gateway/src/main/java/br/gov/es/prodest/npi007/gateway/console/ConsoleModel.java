package br.gov.es.prodest.npi007.gateway.console;

import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every console page shows around its content: who is signed in, and the role's menu. */
@ControllerAdvice(basePackageClasses = ConsoleModel.class)
class ConsoleModel {

  @ModelAttribute("currentUser")
  CurrentUser currentUser() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
      return null;
    }
    return CurrentUser.of(authentication);
  }

  @ModelAttribute("navigation")
  List<ConsoleNavigation.Link> navigation() {
    CurrentUser user = currentUser();
    return user == null ? List.of() : ConsoleNavigation.of(user.role());
  }
}
