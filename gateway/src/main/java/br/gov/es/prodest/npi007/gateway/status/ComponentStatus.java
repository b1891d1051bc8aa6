package br.gov.es.prodest.npi007.gateway.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * One public component's page ({@code GET /internal/status/components/{slug}}).
 *
 * @param history      the last 90 days, oldest first
 * @param incidents    its public incidents of those days, newest first
 * @param maintenances its maintenances of those days and the upcoming ones, by start
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComponentStatus(Instant lastChangedAt, PublicComponent component, List<DayAvailability> history,
    List<PublicIncident> incidents, List<PublicMaintenance> maintenances) {

  public ComponentStatus {
    history = history == null ? List.of() : List.copyOf(history);
    incidents = incidents == null ? List.of() : List.copyOf(incidents);
    maintenances = maintenances == null ? List.of() : List.copyOf(maintenances);
  }

  /** The availability over the days with figures, "99,87 %": the mean of the days' minutes. */
  public String availabilityText() {
    List<DayAvailability> known = history.stream().filter(day -> day.availability() != null).toList();
    if (known.isEmpty()) {
      return DayAvailability.percent(null);
    }
    long minutes = known.stream().mapToLong(DayAvailability::minutesUnavailable).sum();
    BigDecimal total = BigDecimal.valueOf(known.size() * 1440L);
    BigDecimal available = BigDecimal.ONE.subtract(BigDecimal.valueOf(minutes).divide(total, 10, RoundingMode.HALF_UP));
    return DayAvailability.percent(available.multiply(BigDecimal.valueOf(100)));
  }
}
