package br.gov.es.prodest.npi007.gateway.organ;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue shipped in the {@code schemas} jar ({@code npi007/organs.json}): every organ at version 0. */
final class ShippedOrgans {

  private ShippedOrgans() {
  }

  static Map<String, Organ> load(Resource source, JsonMapper json) {
    try (InputStream in = source.getInputStream()) {
      List<Organ> organs = json.readValue(in, new TypeReference<List<Organ>>() { });
      Map<String, Organ> byCode = new LinkedHashMap<>();
      for (Organ organ : organs) {
        if (byCode.put(organ.code(), organ) != null) {
          throw new IllegalStateException("Órgão repetido no catálogo: " + organ.code());
        }
      }
      return byCode;
    } catch (IOException e) {
      throw new UncheckedIOException("Não foi possível ler o catálogo de órgãos em " + source, e);
    }
  }
}
