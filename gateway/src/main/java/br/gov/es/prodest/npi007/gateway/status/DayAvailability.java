package br.gov.es.prodest.npi007.gateway.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * One day of a component's history, in São Paulo's calendar.
 *
 * @param minutesUnavailable 0 to 1440
 * @param availability       100 × (1 − minutes/1440), two decimals
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DayAvailability(LocalDate date, int minutesUnavailable, BigDecimal availability) {

  /** A bar with an hour or more unavailable is grave, with less partial; a day the service gave no figure for has no data. */
  static final int GRAVE_MINUTES = 60;

  /** The bar's class: {@code ok}, {@code parcial}, {@code grave} or {@code semdados}. */
  public String level() {
    if (availability == null) {
      return "semdados";
    }
    if (minutesUnavailable <= 0) {
      return "ok";
    }
    return minutesUnavailable < GRAVE_MINUTES ? "parcial" : "grave";
  }

  /** "97,57 %", or "sem dados". */
  public String availabilityText() {
    return percent(availability);
  }

  static String percent(BigDecimal value) {
    return value == null ? "sem dados" : value.setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + " %";
  }
}
