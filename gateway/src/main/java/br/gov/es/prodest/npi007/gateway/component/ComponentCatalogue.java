package br.gov.es.prodest.npi007.gateway.component;

import br.gov.es.prodest.npi007.avro.component.ComponentUpdated;
import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueChange;
import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueNames;
import br.gov.es.prodest.npi007.gateway.catalogue.TopicCatalogue;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.core.io.Resource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The component catalogue in force (issue 12): the shipped catalogue ({@code npi007/components.json})
 * overlaid, slug by slug, by the latest {@link ComponentUpdated} of the components topic.
 */
public class ComponentCatalogue extends TopicCatalogue<Component> {

  static final CatalogueNames NAMES =
      new CatalogueNames("Catálogo de componentes", "do componente", "/api/v1/components/", "COMPONENT_CATALOGUE");

  public ComponentCatalogue(Resource shipped, JsonMapper json) {
    super(NAMES, Topics.COMPONENTS, shipped, json, Component.class, Component::slug, ComponentCatalogue::changeOf);
  }

  private static Optional<CatalogueChange<Component>> changeOf(SpecificRecord value) {
    if (!(value instanceof ComponentUpdated update)) {
      return Optional.empty();
    }
    return Optional.of(new CatalogueChange<>(update.getEnvelope().getEventId(), update.getEnvelope().getSequence(),
        update.getSlug(), new Component(update.getSlug(), update.getName(), update.getGroup(), update.getPublic$())));
  }
}
