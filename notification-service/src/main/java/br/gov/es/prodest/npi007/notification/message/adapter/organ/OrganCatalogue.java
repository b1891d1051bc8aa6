package br.gov.es.prodest.npi007.notification.message.adapter.organ;

import br.gov.es.prodest.npi007.notification.message.domain.OrganNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organ catalogue shipped in the schemas jar ({@code npi007/organs.json}), read once at
 * start-up. Codes are matched regardless of case.
 */
public final class OrganCatalogue implements OrganNames {

  static final String SHIPPED = "npi007/organs.json";

  private final Map<String, String> names;

  OrganCatalogue(List<Organ> organs) {
    this.names = organs.stream().collect(Collectors.toUnmodifiableMap(
        organ -> normalise(organ.code()), Organ::name, (first, second) -> first));
  }

  /** The shipped catalogue; its absence is a broken build, so start-up fails. */
  public static OrganCatalogue shipped() {
    try (InputStream in = OrganCatalogue.class.getClassLoader().getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("organ catalogue " + SHIPPED + " missing from the classpath");
      }
      return new OrganCatalogue(List.of(JsonMapper.builder().build().readValue(in, Organ[].class)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<String> nameOf(String code) {
    return Optional.ofNullable(names.get(normalise(code)));
  }

  private static String normalise(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }

  /** One entry of the catalogue file. */
  record Organ(String code, String name, List<String> emails) {
  }
}
