package br.gov.es.prodest.npi007.gateway.unit;

import java.util.Locale;

/**
 * A functional unit of PRODEST (NPI-007 section 4): a technical unit that handles incidents, a
 * directorate, or the communication office.
 *
 * @param code short code, e.g. GEITIC; also names its team user in the standalone default
 * @param name full name in Portuguese, as the norm writes it
 * @param kind what the unit is
 */
public record Unit(String code, String name, UnitKind kind) {

  /** A unit's code as the catalogue writes it ({@code " geitic "} → GEITIC), or null for none given. */
  public static String code(String given) {
    return given == null || given.isBlank() ? null : given.strip().toUpperCase(Locale.ROOT);
  }
}
