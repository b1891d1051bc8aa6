package br.gov.es.prodest.npi007.notification.status.adapter.kafka;

import br.gov.es.prodest.npi007.notification.status.domain.Component;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The component catalogue shipped in the schemas jar ({@code npi007/components.json}). */
final class ShippedComponents {

  static final String SHIPPED = "npi007/components.json";

  private ShippedComponents() {
  }

  /** Its entries; its absence is a broken build, so start-up fails. */
  static List<Component> read() {
    try (InputStream in = ShippedComponents.class.getClassLoader().getResourceAsStream(SHIPPED)) {
      if (in == null) {
        throw new IllegalStateException("component catalogue " + SHIPPED + " missing from the classpath");
      }
      return List.of(JsonMapper.builder().build().readValue(in, Entry[].class)).stream()
          .map(entry -> new Component(entry.slug(), entry.name(), entry.group(), entry.isPublic())).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One entry of the file. */
  record Entry(String slug, String name, String group, @JsonProperty("public") boolean isPublic) {
  }
}
