package br.gov.es.prodest.npi007.notification.message.adapter.organ;

import br.gov.es.prodest.npi007.notification.message.domain.OrganNames;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue in force (CONTRACTS.md, "The organ catalogue"): the one shipped in the schemas jar
 * ({@code npi007/organs.json}) overlaid, code by code, by the latest {@code OrganUpdated} of the
 * organ catalogue topic. Codes are matched regardless of case. Safe for one writer and many readers.
 */
public final class OrganCatalogue implements OrganNames {

  static final String SHIPPED = "npi007/organs.json";

  private final Map<String, Organ> organs = new ConcurrentHashMap<>();

  OrganCatalogue(List<Organ> shipped) {
    shipped.forEach(organ -> organs.putIfAbsent(normalise(organ.code()), organ));
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

  /** An ADMIN's change of an organ: it replaces what the catalogue said of that code (last writer wins). */
  public void update(String code, String name, List<String> emails) {
    organs.put(normalise(code), new Organ(normalise(code), name, List.copyOf(emails)));
  }

  @Override
  public Optional<String> nameOf(String code) {
    return Optional.ofNullable(organs.get(normalise(code))).map(Organ::name);
  }

  @Override
  public List<String> addressesOf(String code) {
    Organ organ = code == null ? null : organs.get(normalise(code));
    return organ == null || organ.emails() == null ? List.of() : organ.emails();
  }

  @Override
  public List<String> everyAddress() {
    return organs.values().stream().filter(organ -> organ.emails() != null)
        .flatMap(organ -> organ.emails().stream()).sorted().distinct().toList();
  }

  private static String normalise(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }

  /** One entry of the catalogue. */
  record Organ(String code, String name, List<String> emails) {
  }
}
