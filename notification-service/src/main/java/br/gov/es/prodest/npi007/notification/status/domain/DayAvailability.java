package br.gov.es.prodest.npi007.notification.status.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One day of a component's history in São Paulo time: the minutes it was unavailable and its
 * availability, {@code 100 × (1 − minutes/1440)} with two decimals.
 */
public record DayAvailability(LocalDate date, int minutesUnavailable, BigDecimal availability) {

  public static final ZoneId SAO_PAULO = ZoneId.of("America/Sao_Paulo");
  public static final int DAYS = 90;
  static final int MINUTES_PER_DAY = 1440;

  /**
   * The last {@value #DAYS} days ending on {@code now}'s day, oldest first, given the spans the
   * component was unavailable (overlaps counted once; a day never over 1440 minutes).
   */
  public static List<DayAvailability> lastDays(List<Interval> unavailable, Instant now) {
    List<Interval> merged = Interval.merged(unavailable);
    LocalDate today = now.atZone(SAO_PAULO).toLocalDate();
    List<DayAvailability> days = new ArrayList<>(DAYS);
    for (LocalDate day = today.minusDays(DAYS - 1); !day.isAfter(today); day = day.plusDays(1)) {
      Instant start = day.atStartOfDay(SAO_PAULO).toInstant();
      Instant end = day.plusDays(1).atStartOfDay(SAO_PAULO).toInstant();
      Duration down = merged.stream().map(span -> span.overlap(start, end)).reduce(Duration.ZERO, Duration::plus);
      days.add(of(day, down));
    }
    return days;
  }

  /** The first day of the window that ends on {@code now}'s day: what "the last 90 days" starts at. */
  public static Instant windowStart(Instant now) {
    return now.atZone(SAO_PAULO).toLocalDate().minusDays(DAYS - 1).atStartOfDay(SAO_PAULO).toInstant();
  }

  /** A started minute of unavailability counts as a minute, so a short outage never shows as 100 %. */
  static DayAvailability of(LocalDate date, Duration down) {
    long seconds = down.getSeconds() + (down.getNano() > 0 ? 1 : 0);
    int minutes = (int) Math.min(MINUTES_PER_DAY, (seconds + 59) / 60);
    BigDecimal availability = BigDecimal.valueOf(MINUTES_PER_DAY - minutes).multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(MINUTES_PER_DAY), 2, RoundingMode.HALF_UP);
    return new DayAvailability(date, minutes, availability);
  }
}
