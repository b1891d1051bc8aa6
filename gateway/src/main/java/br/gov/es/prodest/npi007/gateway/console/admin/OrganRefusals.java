package br.gov.es.prodest.npi007.gateway.console.admin;

import br.gov.es.prodest.npi007.gateway.console.ConsoleActions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.ErrorResponseException;

/**
 * A refused change of the catalogue in the form's words: the registration names the API's fields
 * ({@code code}, {@code name}, {@code emails[2]}); the page names what the person typed.
 */
final class OrganRefusals {

  private static final Pattern EMAIL_FIELD = Pattern.compile("emails\\[(\\d+)]");

  private OrganRefusals() {
  }

  static String reasonOf(RuntimeException refused, List<String> emails) {
    if (refused instanceof ErrorResponseException problem
        && problem.getBody().getProperties() != null
        && problem.getBody().getProperties().get("errors") instanceof List<?> errors) {
      List<String> reasons = new ArrayList<>();
      for (Object error : errors) {
        if (error instanceof Map<?, ?> field) {
          reasons.add(label(String.valueOf(field.get("field")), emails) + " " + field.get("message"));
        }
      }
      return "Alteração recusada: " + String.join("; ", reasons) + ".";
    }
    return ConsoleActions.reasonOf(refused);
  }

  private static String label(String field, List<String> emails) {
    Matcher email = EMAIL_FIELD.matcher(field);
    if (email.matches()) {
      int index = Integer.parseInt(email.group(1));
      return "O e-mail \"" + (index < emails.size() ? emails.get(index) : "") + "\"";
    }
    return switch (field) {
      case "code" -> "O código";
      case "name" -> "O nome";
      case "emails" -> "A lista de e-mails";
      default -> field;
    };
  }
}
