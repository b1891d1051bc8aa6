package br.gov.es.prodest.npi007.gateway.console.maintenance;

import br.gov.es.prodest.npi007.gateway.command.CommandConditions;
import br.gov.es.prodest.npi007.gateway.command.Warning;
import br.gov.es.prodest.npi007.gateway.maintenance.MaintenanceChanged;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import br.gov.es.prodest.npi007.gateway.security.GatewayRole;
import jakarta.validation.Validator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DirectFieldBindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the maintenance forms share: the API's request record is validated after the form's local
 * times became ISO-8601 with offset (so the API's constraints judge what the API would receive), the
 * command's warnings (an overlapping window) are kept for the page after the redirect, and only the
 * technical teams see the forms (the console's role matrix).
 */
@Component
class MaintenanceForms {

  /** Flash attribute: the warnings of the accepted command, in Portuguese. */
  static final String WARNINGS = "warnings";

  private final SpringValidatorAdapter validator;

  MaintenanceForms(Validator validator) {
    this.validator = new SpringValidatorAdapter(validator);
  }

  BindingResult validate(Object request, String name) {
    BindingResult binding = new DirectFieldBindingResult(request, name);
    validator.validate(request, binding);
    return binding;
  }

  static boolean mayChange(CurrentUser user) {
    return user.role() == GatewayRole.TEAM || user.role() == GatewayRole.ADMIN;
  }

  static CommandConditions conditions(String idempotencyKey) {
    return new CommandConditions(idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey, null);
  }

  /** Keeps the answer's warnings as a flash attribute; the command's outcome passes on unchanged. */
  static CompletableFuture<MaintenanceChanged> keepingWarnings(CompletableFuture<MaintenanceChanged> command,
      RedirectAttributes flash) {
    return command.thenApply(changed -> {
      List<String> warnings = changed.warnings() == null ? List.of()
          : changed.warnings().stream().map(Warning::detail).toList();
      if (!warnings.isEmpty()) {
        flash.addFlashAttribute(WARNINGS, warnings);
      }
      return changed;
    });
  }
}
