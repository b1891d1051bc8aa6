package br.gov.es.prodest.npi007.gateway.organ;

import br.gov.es.prodest.npi007.avro.organ.OrganUpdated;
import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueChange;
import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueNames;
import br.gov.es.prodest.npi007.gateway.catalogue.TopicCatalogue;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalogue of organs in force (CONTRACTS.md, "The organ catalogue"): the shipped catalogue
 * ({@code npi007/organs.json}) overlaid, code by code, by the latest {@link OrganUpdated} of the organs topic.
 */
@Component
public class OrganCatalogue extends TopicCatalogue<Organ> {

  static final CatalogueNames NAMES =
      new CatalogueNames("Catálogo de órgãos", "do órgão", "/api/v1/organs/", "ORGAN_CATALOGUE");

  public OrganCatalogue(@Value("${npi007.organs.catalogue}") Resource shipped, JsonMapper json) {
    super(NAMES, Topics.ORGANS, shipped, json, Organ.class, Organ::code, OrganCatalogue::changeOf);
  }

  private static Optional<CatalogueChange<Organ>> changeOf(SpecificRecord value) {
    if (!(value instanceof OrganUpdated update)) {
      return Optional.empty();
    }
    return Optional.of(new CatalogueChange<>(update.getEnvelope().getEventId(), update.getEnvelope().getSequence(),
        update.getCode(), new Organ(update.getCode(), update.getName(), update.getEmails())));
  }
}
