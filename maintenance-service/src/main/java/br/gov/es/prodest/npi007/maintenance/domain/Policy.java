package br.gov.es.prodest.npi007.maintenance.domain;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The configurable rules of maintenances.
 *
 * @param minimumNotice  the shortest notice a maintenance may be requested with, unless urgent
 * @param reminderLeads  how long before a window's start each reminder is due (e.g. 24 h and 1 h)
 */
public record Policy(Duration minimumNotice, List<Duration> reminderLeads) {

  public static final Policy DEFAULT = new Policy(Duration.ofHours(24), List.of(Duration.ofHours(24), Duration.ofHours(1)));

  public Policy {
    Objects.requireNonNull(minimumNotice, "minimumNotice");
    if (minimumNotice.isNegative()) {
      throw new IllegalArgumentException("o aviso mínimo não pode ser negativo: " + minimumNotice);
    }
    if (reminderLeads.stream().anyMatch(lead -> lead.isNegative() || lead.isZero() || lead.toSeconds() % 60 != 0)) {
      throw new IllegalArgumentException("cada antecedência de lembrete é um número positivo de minutos: " + reminderLeads);
    }
    // Longest lead first: reminders in the order they fall due.
    reminderLeads = reminderLeads.stream().distinct().sorted(Comparator.reverseOrder()).toList();
  }

  /** The reminders' leads in whole minutes, longest first: what a request records (issue 14). */
  public List<Integer> reminderLeadMinutes() {
    return reminderLeads.stream().map(lead -> (int) lead.toMinutes()).toList();
  }
}
