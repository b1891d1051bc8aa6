package br.gov.es.prodest.npi007.gateway.catalogue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The fields the coded catalogues (organs, units) check alike: the code of the path and the name.
 * Each check adds its error, named by field, to the list a 422 {@code VALIDATION_FAILED} reports.
 */
public final class CatalogueFields {

  public static final int MAX_NAME = 200;
  private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9-]{1,19}$");

  private CatalogueFields() {
  }

  /** The path's code, upper-cased; an error for "code" when it is not 2 to 20 letters, digits or hyphens. */
  public static String code(String pathCode, List<Map<String, String>> errors) {
    String code = pathCode == null ? "" : pathCode.strip().toUpperCase(Locale.ROOT);
    if (!CODE.matcher(code).matches()) {
      errors.add(error("code", "deve ter de 2 a 20 caracteres: uma letra, depois letras, dígitos ou hífen"));
    }
    return code;
  }

  /** The name, stripped; an error for "name" when it is blank or longer than {@value #MAX_NAME} characters. */
  public static String name(String given, List<Map<String, String>> errors) {
    String name = given == null ? "" : given.strip();
    if (name.isEmpty()) {
      errors.add(error("name", "é obrigatório"));
    } else if (name.length() > MAX_NAME) {
      errors.add(error("name", "deve ter no máximo " + MAX_NAME + " caracteres"));
    }
    return name;
  }

  public static Map<String, String> error(String field, String message) {
    return Map.of("field", field, "message", message);
  }
}
