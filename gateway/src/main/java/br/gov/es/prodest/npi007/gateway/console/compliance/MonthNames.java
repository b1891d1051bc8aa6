package br.gov.es.prodest.npi007.gateway.console.compliance;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;

/** "dezembro de 2026": a month as the page's heading says it. */
final class MonthNames {

  private static final Locale PT_BR = Locale.forLanguageTag("pt-BR");

  private MonthNames() {
  }

  static String of(YearMonth month) {
    return month.getMonth().getDisplayName(TextStyle.FULL, PT_BR) + " de " + month.getYear();
  }
}
