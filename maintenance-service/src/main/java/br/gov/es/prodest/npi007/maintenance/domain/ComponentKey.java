package br.gov.es.prodest.npi007.maintenance.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How two maintenances are known to concern the same component: lower case, accents removed,
 * blanks collapsed, trimmed ("E-Docs", " e-docs ", "É-DOCS" are one component), as for incidents.
 */
public final class ComponentKey {

  private ComponentKey() {
  }

  public static String of(String component) {
    String unaccented = Normalizer.normalize(component, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return unaccented.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
