package br.gov.es.prodest.npi007.gateway.unit;

import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * A valid change of the catalogue (CONTRACTS.md, "The unit catalogue"): the code upper-cased, the
 * name stripped of surrounding blanks, the kind one of {@link UnitKind}.
 */
record UnitChange(String code, String name, UnitKind kind) {

  static final int MAX_NAME = 200;
  private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9-]{1,19}$");

  /** The change the request asks for; 422 {@code VALIDATION_FAILED} naming every invalid field otherwise. */
  static UnitChange validated(String pathCode, UnitRequest request) {
    List<Map<String, String>> errors = new ArrayList<>();
    String code = pathCode == null ? "" : pathCode.strip().toUpperCase(Locale.ROOT);
    if (!CODE.matcher(code).matches()) {
      errors.add(error("code", "deve ter de 2 a 20 caracteres: uma letra, depois letras, dígitos ou hífen"));
    }
    String name = request == null || request.name() == null ? "" : request.name().strip();
    if (name.isEmpty()) {
      errors.add(error("name", "é obrigatório"));
    } else if (name.length() > MAX_NAME) {
      errors.add(error("name", "deve ter no máximo " + MAX_NAME + " caracteres"));
    }
    Optional<UnitKind> kind = kindOf(request == null ? null : request.kind());
    if (kind.isEmpty()) {
      errors.add(error("kind", "deve ser um de " + Arrays.stream(UnitKind.values()).map(Enum::name)
          .collect(Collectors.joining(", "))));
    }
    if (!errors.isEmpty()) {
      throw ApiProblem.validationFailed(HttpStatus.UNPROCESSABLE_CONTENT, errors);
    }
    return new UnitChange(code, name, kind.orElseThrow());
  }

  /** The kind a request or an event names; empty for one this gateway does not know. */
  static Optional<UnitKind> kindOf(String given) {
    String kind = given == null ? "" : given.strip().toUpperCase(Locale.ROOT);
    return Arrays.stream(UnitKind.values()).filter(each -> each.name().equals(kind)).findFirst();
  }

  private static Map<String, String> error(String field, String message) {
    return Map.of("field", field, "message", message);
  }
}
