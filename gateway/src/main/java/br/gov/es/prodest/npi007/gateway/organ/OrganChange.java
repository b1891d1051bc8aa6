package br.gov.es.prodest.npi007.gateway.organ;

import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueFields;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * A valid change of the catalogue (CONTRACTS.md, "The organ catalogue"): the code upper-cased,
 * the name and the addresses stripped of surrounding blanks.
 */
record OrganChange(String code, String name, List<String> emails) {

  static final int MAX_EMAILS = 50;
  private static final int MAX_EMAIL = 254;
  /** A pragmatic address: local part, @, and a domain of at least two labels. */
  private static final Pattern EMAIL =
      Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$");

  /** The change the request asks for; 422 {@code VALIDATION_FAILED} naming every invalid field otherwise. */
  static OrganChange validated(String pathCode, OrganRequest request) {
    List<Map<String, String>> errors = new ArrayList<>();
    String code = CatalogueFields.code(pathCode, errors);
    String name = CatalogueFields.name(request == null ? null : request.name(), errors);
    List<String> emails = emails(request == null ? null : request.emails(), errors);
    if (!errors.isEmpty()) {
      throw ApiProblem.validationFailed(HttpStatus.UNPROCESSABLE_CONTENT, errors);
    }
    return new OrganChange(code, name, emails);
  }

  private static List<String> emails(List<String> given, List<Map<String, String>> errors) {
    if (given == null) {
      errors.add(error("emails", "é obrigatório (uma lista, que pode ser vazia)"));
      return List.of();
    }
    if (given.size() > MAX_EMAILS) {
      errors.add(error("emails", "deve ter no máximo " + MAX_EMAILS + " endereços"));
    }
    List<String> emails = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < given.size(); i++) {
      String email = given.get(i) == null ? "" : given.get(i).strip();
      String field = "emails[" + i + "]";
      if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
        errors.add(error(field, "não é um endereço de e-mail válido"));
      } else if (!seen.add(email.toLowerCase(Locale.ROOT))) {
        errors.add(error(field, "está repetido na lista"));
      }
      emails.add(email);
    }
    return emails;
  }

  private static Map<String, String> error(String field, String message) {
    return CatalogueFields.error(field, message);
  }
}
