package br.gov.es.prodest.npi007.gateway.unit;

import br.gov.es.prodest.npi007.avro.unit.UnitUpdated;
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
 * The catalogue of functional units in force (CONTRACTS.md, "The unit catalogue"): the shipped
 * catalogue ({@code npi007/units.json}, the nine units of NPI-007 section 4) overlaid, code by code, by
 * the latest {@link UnitUpdated} of the units topic.
 */
@Component
public class UnitCatalogue extends TopicCatalogue<Unit> {

  static final CatalogueNames NAMES =
      new CatalogueNames("Catálogo de unidades", "da unidade", "/api/v1/units/", "UNIT_CATALOGUE");

  public UnitCatalogue(@Value("${npi007.units.catalogue}") Resource shipped, JsonMapper json) {
    super(NAMES, Topics.UNITS, shipped, json, Unit.class, Unit::code, UnitCatalogue::changeOf);
  }

  private static Optional<CatalogueChange<Unit>> changeOf(SpecificRecord value) {
    if (!(value instanceof UnitUpdated update)) {
      return Optional.empty();
    }
    return UnitChange.kindOf(update.getKind()).map(kind -> new CatalogueChange<>(update.getEnvelope().getEventId(),
        update.getEnvelope().getSequence(), update.getCode(), new Unit(update.getCode(), update.getName(), kind)));
  }
}
