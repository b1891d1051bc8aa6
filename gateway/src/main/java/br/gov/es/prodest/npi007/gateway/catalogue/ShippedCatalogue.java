package br.gov.es.prodest.npi007.gateway.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.core.io.Resource;
import tools.jackson.databind.json.JsonMapper;

/** A catalogue shipped in the {@code schemas} jar (a JSON array): every entry at version 0, keys distinct. */
final class ShippedCatalogue {

  private ShippedCatalogue() {
  }

  static <V> Map<String, V> load(Resource source, JsonMapper json, Class<V> type, Function<V, String> keyOf,
      CatalogueNames names) {
    try (InputStream in = source.getInputStream()) {
      List<V> entries = json.readValue(in, json.getTypeFactory().constructCollectionType(List.class, type));
      Map<String, V> byKey = new LinkedHashMap<>();
      for (V entry : entries) {
        if (byKey.put(keyOf.apply(entry), entry) != null) {
          throw new IllegalStateException("Entrada repetida no " + names.lowerTitle() + ": " + keyOf.apply(entry));
        }
      }
      return byKey;
    } catch (IOException e) {
      throw new UncheckedIOException("Não foi possível ler o " + names.lowerTitle() + " em " + source, e);
    }
  }
}
