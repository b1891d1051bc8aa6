package br.gov.es.prodest.npi007.system;

import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The doors the running gateway documents in {@code /v3/api-docs}: those of the table that exist, and
 * any other API door the table does not know yet (attacked with what needs no knowledge of its body).
 */
final class DocumentedDoors {

  private static final Set<String> ATTACKED_METHODS = Set.of("get", "post", "put");

  private DocumentedDoors() {
  }

  static List<HostileEndpoint> of(String apiDocs, List<HostileEndpoint> table) {
    Map<String, Map<String, Object>> paths = JsonPath.read(apiDocs, "$.paths");
    Set<String> documented = new TreeSet<>();
    paths.forEach((path, operations) -> operations.keySet().stream()
        .filter(ATTACKED_METHODS::contains)
        .forEach(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + path.replaceAll("\\{[^}]+}", "{}"))));
    List<HostileEndpoint> doors = new ArrayList<>();
    Set<String> known = table.stream().map(HostileDoorKey::of).collect(Collectors.toSet());
    table.stream().filter(endpoint -> documented.contains(HostileDoorKey.of(endpoint))).forEach(doors::add);
    // the WhatsApp verification (GET) shares its path with the POST, attacked with it
    known.add("GET /webhooks/whatsapp");
    documented.stream()
        .filter(door -> !known.contains(door) && door.contains(" /api/"))
        .map(DocumentedDoors::unknownDoor)
        .forEach(doors::add);
    return doors;
  }

  private static HostileEndpoint unknownDoor(String door) {
    String method = door.substring(0, door.indexOf(' '));
    String path = door.substring(door.indexOf(' ') + 1).replace("{}", "{id}");
    HostileEndpoint endpoint = method.equals("GET") ? HostileEndpoint.get(path, List.of())
        : HostileEndpoint.post(path, "admin", List.of(), Map.of(), Map.of());
    return method.equals("PUT") ? endpoint.as("PUT") : endpoint;
  }

  /** A door as "METHOD /path/{}/…", the form both the table and the document reduce to. */
  private static final class HostileDoorKey {
    static String of(HostileEndpoint endpoint) {
      return endpoint.method() + " " + endpoint.template();
    }
  }
}
