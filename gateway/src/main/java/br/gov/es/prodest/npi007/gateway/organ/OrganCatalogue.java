package br.gov.es.prodest.npi007.gateway.organ;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue of organs, loaded at start-up from a JSON file (shipped in the jar by default). */
@Component
public class OrganCatalogue {

  private final Map<String, Organ> byCode;

  public OrganCatalogue(@Value("${npi007.organs.catalogue}") Resource source, JsonMapper json) {
    this.byCode = load(source, json);
  }

  private static Map<String, Organ> load(Resource source, JsonMapper json) {
    try (InputStream in = source.getInputStream()) {
      List<Organ> organs = json.readValue(in, new TypeReference<List<Organ>>() { });
      Map<String, Organ> indexed = new LinkedHashMap<>();
      organs.stream().sorted(Comparator.comparing(Organ::code)).forEach(organ -> {
        if (indexed.put(organ.code(), organ) != null) {
          throw new IllegalStateException("Órgão repetido no catálogo: " + organ.code());
        }
      });
      return Map.copyOf(indexed);
    } catch (IOException e) {
      throw new UncheckedIOException("Não foi possível ler o catálogo de órgãos em " + source, e);
    }
  }

  /** Every organ, ordered by code. */
  public List<Organ> all() {
    return byCode.values().stream().sorted(Comparator.comparing(Organ::code)).toList();
  }

  public Optional<Organ> find(String code) {
    return Optional.ofNullable(code).map(byCode::get);
  }

  public boolean contains(String code) {
    return code != null && byCode.containsKey(code);
  }
}
