package br.gov.es.prodest.npi007.schemas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;

/**
 * Releases the current version of every changed message schema: writes it as the next
 * {@code v<N>.avsc} under the released directory, after the compatibility gate has passed.
 * Run it before a schema change is merged (see README, "Changing a schema").
 */
public final class SchemaRelease {

  private SchemaRelease() {
  }

  public static void main(String[] args) throws IOException {
    Path releasedRoot = Path.of(args.length > 0 ? args[0] : "schemas/src/main/resources").resolve(ReleasedSchemas.ROOT);
    List<SchemaCompatibilityGate.Violation> violations = SchemaCompatibilityGate.checkCatalogue();
    if (!violations.isEmpty()) {
      violations.forEach(violation -> System.err.println("incompatible: " + violation));
      System.exit(1);
    }
    for (Class<?> type : Topics.recordTypes()) {
      Schema current = SpecificData.get().getSchema(type);
      List<Schema> released = ReleasedSchemas.of(current.getFullName());
      if (!SchemaCompatibilityGate.isReleased(current, released)) {
        Path file = releasedRoot.resolve(current.getFullName()).resolve("v" + (released.size() + 1) + ".avsc");
        Files.createDirectories(file.getParent());
        Files.writeString(file, current.toString(true) + "\n", StandardCharsets.UTF_8);
        System.out.println("released " + file);
      }
    }
  }
}
