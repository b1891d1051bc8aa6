package br.gov.es.prodest.npi007.schemas;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Every released version of every message schema, shipped in this jar under
 * {@code npi007/schemas/released/<full name>/v<N>.avsc} (N = 1, 2, ...). A version is released
 * once it may have been written to a topic; from then on it is kept forever, so that old events
 * stay readable, and every later version must stay compatible with it.
 */
public final class ReleasedSchemas {

  static final String ROOT = "npi007/schemas/released/";

  private ReleasedSchemas() {
  }

  /** The released versions of one record, oldest first; empty if it was never released. */
  public static List<Schema> of(String fullName) {
    List<Schema> versions = new ArrayList<>();
    for (int version = 1; ; version++) {
      String resource = ROOT + fullName + "/v" + version + ".avsc";
      try (InputStream in = ReleasedSchemas.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          return versions;
        }
        versions.add(new Schema.Parser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read released schema " + resource, e);
      }
    }
  }
}
