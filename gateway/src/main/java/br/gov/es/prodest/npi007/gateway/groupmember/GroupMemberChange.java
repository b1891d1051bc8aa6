package br.gov.es.prodest.npi007.gateway.groupmember;

import br.gov.es.prodest.npi007.gateway.organ.OrganCatalogue;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/** A valid change of the member directory: the number reduced to its digits, the organ known to the catalogue. */
record GroupMemberChange(String number, String name, String organ) {

  static final int MAX_NAME = 120;
  private static final Pattern DIGITS = Pattern.compile("^\\d{10,15}$");
  /** What people write around the digits of a phone number: +55 (27) 99999-0000. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s()+.-]");

  /** The number as the directory keys it: digits only; empty when the text is no phone number. */
  static java.util.Optional<String> number(String given) {
    String digits = given == null ? "" : SEPARATORS.matcher(given.strip()).replaceAll("");
    return DIGITS.matcher(digits).matches() ? java.util.Optional.of(digits) : java.util.Optional.empty();
  }

  /** The change the request asks for; 422 {@code VALIDATION_FAILED} naming every invalid field otherwise. */
  static GroupMemberChange validated(String pathNumber, GroupMemberRequest request, OrganCatalogue organs) {
    List<Map<String, String>> errors = new ArrayList<>();
    String number = number(pathNumber).orElse(null);
    if (number == null) {
      errors.add(error("number", "deve ser um telefone com código do país: de 10 a 15 dígitos (ex.: 5527999990000)"));
    }
    String name = request == null || request.name() == null ? "" : request.name().strip();
    if (name.isEmpty()) {
      errors.add(error("name", "é obrigatório"));
    } else if (name.length() > MAX_NAME) {
      errors.add(error("name", "deve ter no máximo " + MAX_NAME + " caracteres"));
    }
    String organ = request == null || request.organ() == null ? "" : request.organ().strip().toUpperCase(Locale.ROOT);
    if (organ.isEmpty()) {
      errors.add(error("organ", "é obrigatório"));
    } else if (!organs.contains(organ)) {
      errors.add(error("organ", "não existe no catálogo de órgãos (GET /api/v1/organs)"));
    }
    if (!errors.isEmpty()) {
      throw ApiProblem.validationFailed(HttpStatus.UNPROCESSABLE_CONTENT, errors);
    }
    return new GroupMemberChange(number, name, organ);
  }

  private static Map<String, String> error(String field, String message) {
    return Map.of("field", field, "message", message);
  }
}
