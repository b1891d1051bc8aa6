package br.gov.es.prodest.npi007.gateway.console.compliance;

import br.gov.es.prodest.npi007.schemas.norm.NormMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.function.Function;

/**
 * A month of incidents against the norm, for the management: how each ended, how long the steps took
 * (median and 90th percentile), and which incidents miss a required message. Plain Java, from the
 * compliance rows of the incidents reported in the month.
 *
 * @param missing    the incidents that miss a required message, in the list's order (newest first)
 * @param byUnit     the same figures for each responsible unit (issue 15), by unit code, the incidents
 *                   without a unit last
 * @param unassigned the confirmed incidents without a responsible unit, in the list's order
 */
record MonthlyCompliance(int total, Outcomes outcomes, Timing toAcknowledgement, Timing toVerdict,
    Timing toRestoration, List<ComplianceRow> missing, List<UnitFigures> byUnit, List<ComplianceRow> unassigned) {

  /**
   * One responsible unit's incidents of the month: how many, how long the steps took, how many miss a
   * required message.
   *
   * @param unit the unit's code, or null for the incidents no unit is responsible for
   */
  record UnitFigures(String unit, int total, Timing toAcknowledgement, Timing toVerdict, Timing toRestoration,
      int missing) {

    static UnitFigures of(String unit, List<ComplianceRow> rows) {
      return new UnitFigures(unit, rows.size(), timing(rows, ComplianceRow::toAcknowledgement),
          timing(rows, ComplianceRow::toVerdict), timing(rows, ComplianceRow::toRestoration),
          (int) rows.stream().filter(row -> !row.missing().isEmpty()).count());
    }
  }

  /**
   * How the month's incidents ended, by the verdict the norm's message records (6.2, 6.3, 6.6): the
   * status alone forgets it once an incident is restored.
   *
   * @param open the incidents without a verdict yet
   */
  record Outcomes(int notConfirmed, int confirmedGeneral, int confirmedRestricted, int open) {
  }

  /** A step's duration over the incidents that reached it: how many, the median and the 90th percentile. */
  record Timing(int count, Duration median, Duration p90) {

    static Timing of(List<Long> seconds) {
      List<Long> sorted = seconds.stream().filter(Objects::nonNull).sorted().toList();
      if (sorted.isEmpty()) {
        return new Timing(0, null, null);
      }
      return new Timing(sorted.size(), Duration.ofSeconds(rank(sorted, 50)), Duration.ofSeconds(rank(sorted, 90)));
    }

    /** Nearest rank: the smallest value with at least {@code percent}% of the values at or below it. */
    static long rank(List<Long> sorted, int percent) {
      int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
      return sorted.get(Math.max(rank, 1) - 1);
    }
  }

  static MonthlyCompliance of(List<ComplianceRow> rows) {
    return new MonthlyCompliance(rows.size(), outcomes(rows), timing(rows, ComplianceRow::toAcknowledgement),
        timing(rows, ComplianceRow::toVerdict), timing(rows, ComplianceRow::toRestoration),
        rows.stream().filter(row -> !row.missing().isEmpty()).toList(), byUnit(rows),
        rows.stream().filter(ComplianceRow::unassigned).toList());
  }

  private static List<UnitFigures> byUnit(List<ComplianceRow> rows) {
    Map<String, List<ComplianceRow>> grouped = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
    rows.forEach(row -> grouped.computeIfAbsent(row.unit(), unit -> new ArrayList<>()).add(row));
    return grouped.entrySet().stream().map(entry -> UnitFigures.of(entry.getKey(), entry.getValue())).toList();
  }

  private static Outcomes outcomes(List<ComplianceRow> rows) {
    int notConfirmed = 0;
    int general = 0;
    int restricted = 0;
    for (ComplianceRow row : rows) {
      if (row.required().contains(NormMessage.NORMAL_STATUS.id())) {
        notConfirmed++;
      } else if (row.required().contains(NormMessage.UNAVAILABILITY_NOTICE.id())) {
        general++;
      } else if (row.required().contains(NormMessage.RESTRICTED_UNAVAILABILITY_NOTICE.id())) {
        restricted++;
      }
    }
    return new Outcomes(notConfirmed, general, restricted, rows.size() - notConfirmed - general - restricted);
  }

  private static Timing timing(List<ComplianceRow> rows, Function<ComplianceRow, Long> step) {
    return Timing.of(rows.stream().map(step).toList());
  }
}
