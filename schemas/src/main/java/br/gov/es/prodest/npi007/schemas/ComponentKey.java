package br.gov.es.prodest.npi007.schemas;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How two reports are known to name the same component: lower case, accents removed, blanks
 * collapsed, trimmed ("E-Docs", " e-docs ", "É-DOCS" are one component).
 */
public final class ComponentKey {

  private ComponentKey() {
  }

  public static String of(String component) {
    String unaccented = Normalizer.normalize(component, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return unaccented.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
