package br.gov.es.prodest.npi007.schemas;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaCompatibility.SchemaPairCompatibility;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificData;

/**
 * The build's guard of schema evolution: the current version of every message schema must read
 * every released version (backward) and be readable by every released version (forward), and must
 * itself be released before it reaches a topic. The tests of this module run it; a violation fails
 * {@code mvn verify}.
 */
public final class SchemaCompatibilityGate {

  /** One way a schema breaks its released history. */
  public record Violation(String schema, int releasedVersion, String direction, String detail) {
    @Override
    public String toString() {
      return schema + " vs released v" + releasedVersion + " (" + direction + "): " + detail;
    }
  }

  private SchemaCompatibilityGate() {
  }

  /** Checks one candidate schema against the released versions, oldest first. */
  public static List<Violation> check(Schema candidate, List<Schema> released) {
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < released.size(); i++) {
      Schema old = released.get(i);
      SchemaPairCompatibility backward = SchemaCompatibility.checkReaderWriterCompatibility(candidate, old);
      if (backward.getType() != SchemaCompatibilityType.COMPATIBLE) {
        violations.add(new Violation(candidate.getFullName(), i + 1,
            "backward: the new version cannot read events written with the released one", describe(backward, candidate)));
      }
      SchemaPairCompatibility forward = SchemaCompatibility.checkReaderWriterCompatibility(old, candidate);
      if (forward.getType() != SchemaCompatibilityType.COMPATIBLE) {
        violations.add(new Violation(candidate.getFullName(), i + 1,
            "forward: readers of the released version cannot read events of the new one", describe(forward, old)));
      }
    }
    return violations;
  }

  /** Checks every record schema of the catalogue (messages and store records) against its released versions. */
  public static List<Violation> checkCatalogue() {
    List<Violation> violations = new ArrayList<>();
    for (Class<?> type : Topics.recordTypes()) {
      Schema current = SpecificData.get().getSchema(type);
      violations.addAll(check(current, ReleasedSchemas.of(current.getFullName())));
    }
    return violations;
  }

  /** True when the schema, as far as the wire is concerned, is one of the released versions. */
  public static boolean isReleased(Schema candidate, List<Schema> released) {
    long fingerprint = SchemaNormalization.parsingFingerprint64(candidate);
    return released.stream().anyMatch(old -> SchemaNormalization.parsingFingerprint64(old) == fingerprint);
  }

  private static String describe(SchemaPairCompatibility result, Schema reader) {
    return result.getResult().getIncompatibilities().stream()
        .map(incompatibility -> incompatibility.getType() + " at " + fieldPath(reader, incompatibility.getLocation())
            + ": " + incompatibility.getMessage())
        .reduce((a, b) -> a + "; " + b)
        .orElse(result.getDescription());
  }

  /** Turns Avro's location ("/fields/1/type") into field names ("saNumber") for the build log. */
  private static String fieldPath(Schema reader, String location) {
    StringBuilder path = new StringBuilder();
    Schema current = reader;
    String[] steps = location.split("/");
    for (int i = 0; i < steps.length; i++) {
      if (steps[i].equals("fields") && i + 1 < steps.length && current.getType() == Schema.Type.RECORD) {
        Schema.Field field = current.getFields().get(Integer.parseInt(steps[++i]));
        path.append(path.isEmpty() ? "" : ".").append(field.name());
        current = field.schema();
      }
    }
    return path.isEmpty() ? location : path + " (" + location + ")";
  }
}
