package br.gov.es.prodest.npi007.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One door of the gateway as the hostile suite attacks it: its method and path (as the OpenAPI
 * document names it), how a caller proves who it is, who may and who may not call it, a valid body
 * and, per field, values of the wrong type.
 *
 * @param fields       the valid body, field by field, as JSON literals; empty for a GET
 * @param wrongValues  per field, JSON literals of the wrong type (or out of its domain)
 * @param bodyOptional true where the contract lets the body be left out (then an empty body is valid)
 */
record HostileEndpoint(String method, String path, Door door, String allowedUser, List<String> forbiddenUsers,
    Map<String, String> fields, Map<String, List<String>> wrongValues, boolean bodyOptional) {

  private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

  /** How a caller proves who it is at this door. */
  /** {@code PUBLIC}: read by anyone without credentials (the status summary), so nothing there is refused for lack of them. */
  enum Door { API, BEARER_TOKEN, HMAC_SIGNATURE, WHATSAPP_SIGNATURE, PUBLIC }

  HostileEndpoint {
    fields = new LinkedHashMap<>(fields);
    wrongValues = new LinkedHashMap<>(wrongValues);
  }

  static HostileEndpoint get(String path, List<String> forbiddenUsers) {
    return new HostileEndpoint("GET", path, Door.API, "admin", forbiddenUsers, Map.of(), Map.of(), false);
  }

  static HostileEndpoint post(String path, String allowedUser, List<String> forbiddenUsers, Map<String, String> fields,
      Map<String, List<String>> wrongValues) {
    return new HostileEndpoint("POST", path, Door.API, allowedUser, forbiddenUsers, fields, wrongValues, false);
  }

  HostileEndpoint withOptionalBody() {
    return new HostileEndpoint(method, path, door, allowedUser, forbiddenUsers, fields, wrongValues, true);
  }

  HostileEndpoint as(String newMethod) {
    return new HostileEndpoint(newMethod, path, door, allowedUser, forbiddenUsers, fields, wrongValues, bodyOptional);
  }

  HostileEndpoint behind(Door newDoor) {
    return new HostileEndpoint(method, path, newDoor, null, List.of(), fields, wrongValues, bodyOptional);
  }

  boolean hasBody() {
    return !method.equals("GET");
  }

  /** The path with its variables in the OpenAPI document's form, whatever their names: "{}". */
  String template() {
    return VARIABLE.matcher(path).replaceAll("{}");
  }

  String name() {
    return method + " " + path;
  }

  String validBody() {
    return body(fields);
  }

  /** The valid body with one field's value replaced by another JSON literal. */
  String bodyWith(String field, String literal) {
    Map<String, String> changed = new LinkedHashMap<>(fields);
    changed.put(field, literal);
    return body(changed);
  }

  private static String body(Map<String, String> fields) {
    return fields.entrySet().stream().map(field -> "\"" + field.getKey() + "\": " + field.getValue())
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
