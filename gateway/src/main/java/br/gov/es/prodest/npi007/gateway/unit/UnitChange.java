package br.gov.es.prodest.npi007.gateway.unit;

import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueFields;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/**
 * A valid change of the catalogue (CONTRACTS.md, "The unit catalogue"): the code upper-cased, the
 * name stripped of surrounding blanks, the kind one of {@link UnitKind}.
 */
record UnitChange(String code, String name, UnitKind kind) {

  /** The change the request asks for; 422 {@code VALIDATION_FAILED} naming every invalid field otherwise. */
  static UnitChange validated(String pathCode, UnitRequest request) {
    List<Map<String, String>> errors = new ArrayList<>();
    String code = CatalogueFields.code(pathCode, errors);
    String name = CatalogueFields.name(request == null ? null : request.name(), errors);
    Optional<UnitKind> kind = kindOf(request == null ? null : request.kind());
    if (kind.isEmpty()) {
      errors.add(CatalogueFields.error("kind", "deve ser um de " + Arrays.stream(UnitKind.values()).map(Enum::name)
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
}
