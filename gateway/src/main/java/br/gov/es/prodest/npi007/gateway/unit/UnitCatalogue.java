package br.gov.es.prodest.npi007.gateway.unit;

import br.gov.es.prodest.npi007.avro.unit.UnitUpdated;
import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueChange;
import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueNames;
import br.gov.es.prodest.npi007.gateway.catalogue.TopicCatalogue;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
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

  /**
   * The code of the unit {@code value} names (any case, blanks around), for the request's field
   * {@code field}; a unit outside the catalogue is 422 VALIDATION_FAILED on that field (issue 15).
   */
  public String known(String field, String value) {
    String code = Unit.code(value);
    if (!contains(code)) {
      throw ApiProblem.validationFailed(HttpStatus.UNPROCESSABLE_CONTENT, List.of(Map.of("field", field,
          "message", "não existe no catálogo de unidades (GET /api/v1/units): " + code)));
    }
    return code;
  }

  /**
   * {@link #known} of {@code value}; when the request names none, the unit {@code fallback} names (the
   * user's own, say), or null when that is absent or not in the catalogue (an identity provider's claim
   * may name a unit the catalogue does not have: nothing is guessed).
   */
  public String knownOr(String field, String value, String fallback) {
    return value == null || value.isBlank() ? codeOf(fallback).orElse(null) : known(field, value);
  }

  /** The code of the unit {@code value} names, or empty when it names none of the catalogue. */
  public Optional<String> codeOf(String value) {
    return Optional.ofNullable(Unit.code(value)).filter(this::contains);
  }

  private static Optional<CatalogueChange<Unit>> changeOf(SpecificRecord value) {
    if (!(value instanceof UnitUpdated update)) {
      return Optional.empty();
    }
    return UnitChange.kindOf(update.getKind()).map(kind -> new CatalogueChange<>(update.getEnvelope().getEventId(),
        update.getEnvelope().getSequence(), update.getCode(), new Unit(update.getCode(), update.getName(), kind)));
  }
}
