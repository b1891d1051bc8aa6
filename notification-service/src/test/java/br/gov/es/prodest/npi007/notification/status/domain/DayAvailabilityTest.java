package br.gov.es.prodest.npi007.notification.status.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Minutes unavailable per São Paulo day, the last 90 days ending today. */
class DayAvailabilityTest {

  /** 10:00 in São Paulo (UTC−3) on 2026-12-05. */
  static final Instant NOW = Instant.parse("2026-12-05T13:00:00Z");

  @Test
  void ninetyDaysOldestFirst_endingTodayInSaoPaulo() {
    List<DayAvailability> days = DayAvailability.lastDays(List.of(), NOW);

    assertThat(days).hasSize(90);
    assertThat(days.get(89).date()).isEqualTo(LocalDate.parse("2026-12-05"));
    assertThat(days.get(0).date()).isEqualTo(LocalDate.parse("2026-09-07"));
    assertThat(days).allMatch(day -> day.minutesUnavailable() == 0
        && day.availability().equals(new BigDecimal("100.00")));
  }

  @Test
  void anIncidentAcrossMidnightInSaoPaulo_isSplitBetweenItsDays() {
    // 22:30 to 01:15 São Paulo time: 90 minutes on the 3rd, 75 on the 4th (though one UTC day)
    Interval night = new Interval(Instant.parse("2026-12-04T01:30:00Z"), Instant.parse("2026-12-04T04:15:00Z"));

    List<DayAvailability> days = DayAvailability.lastDays(List.of(night), NOW);

    assertThat(day(days, "2026-12-03")).isEqualTo(new DayAvailability(LocalDate.parse("2026-12-03"), 90,
        new BigDecimal("93.75")));
    assertThat(day(days, "2026-12-04").minutesUnavailable()).isEqualTo(75);
    assertThat(day(days, "2026-12-04").availability()).isEqualTo(new BigDecimal("94.79"));
  }

  @Test
  void overlappingIncidentsCountOnce_andAnOngoingOneRunsUntilNow() {
    Interval first = new Interval(Instant.parse("2026-12-05T03:00:00Z"), Instant.parse("2026-12-05T05:00:00Z"));
    Interval second = new Interval(Instant.parse("2026-12-05T04:00:00Z"), Instant.parse("2026-12-05T06:00:00Z"));
    Interval ongoing = new Interval(Instant.parse("2026-12-05T12:00:00Z"), NOW);

    List<DayAvailability> days = DayAvailability.lastDays(List.of(first, second, ongoing), NOW);

    assertThat(day(days, "2026-12-05").minutesUnavailable()).isEqualTo(180 + 60);
  }

  @Test
  void aDayIsNeverOver1440Minutes_andAStartedMinuteCounts() {
    Interval days = new Interval(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-04T00:00:00Z"));
    Interval again = new Interval(Instant.parse("2026-11-02T00:00:00Z"), Instant.parse("2026-11-03T12:00:00Z"));
    Interval blip = new Interval(Instant.parse("2026-11-20T12:00:00Z"), Instant.parse("2026-11-20T12:00:10Z"));

    List<DayAvailability> history = DayAvailability.lastDays(List.of(days, again, blip), NOW);

    assertThat(day(history, "2026-11-02")).isEqualTo(new DayAvailability(LocalDate.parse("2026-11-02"), 1440,
        new BigDecimal("0.00")));
    assertThat(day(history, "2026-11-20").minutesUnavailable()).isEqualTo(1);
    assertThat(day(history, "2026-11-20").availability()).isEqualTo(new BigDecimal("99.93"));
  }

  @Test
  void anIncidentBeforeTheWindowCountsOnlyInsideIt() {
    Interval old = new Interval(Instant.parse("2026-09-01T00:00:00Z"), Instant.parse("2026-09-07T04:00:00Z"));

    List<DayAvailability> days = DayAvailability.lastDays(List.of(old), NOW);

    assertThat(days.get(0).minutesUnavailable()).isEqualTo(60);
    assertThat(DayAvailability.windowStart(NOW)).isEqualTo(Instant.parse("2026-09-07T03:00:00Z"));
  }

  private static DayAvailability day(List<DayAvailability> days, String date) {
    return days.stream().filter(day -> day.date().equals(LocalDate.parse(date))).findFirst().orElseThrow();
  }
}
