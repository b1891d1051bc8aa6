package br.gov.es.prodest.npi007.maintenance.domain;

import br.gov.es.prodest.npi007.aggregate.CommandWarning;
import br.gov.es.prodest.npi007.aggregate.Decision;
import java.util.List;

/** The warnings an event carries to its command's issuer. */
final class Warnings {

  static final String WINDOW_OVERLAPS = "MAINTENANCE_WINDOW_OVERLAPS";

  private Warnings() {
  }

  /** The event accepted, with the warnings it carries. */
  static Decision<MaintenanceEvent> accepted(MaintenanceEvent event) {
    return new Decision.Accepted<>(List.of(event), of(event));
  }

  /** Accepted with no new event: a retry, or an announcement recorded before. */
  static Decision<MaintenanceEvent> nothingNew(List<CommandWarning> warnings) {
    return new Decision.Accepted<>(List.of(), warnings);
  }

  static List<CommandWarning> of(MaintenanceEvent event) {
    List<String> overlapping = event instanceof MaintenanceRequested requested ? requested.overlapsWith()
        : event instanceof MaintenanceRescheduled rescheduled ? rescheduled.overlapsWith() : List.of();
    if (overlapping.isEmpty()) {
      return List.of();
    }
    String others = overlapping.size() == 1 ? "outra manutenção em aberto do mesmo componente ("
        : overlapping.size() + " outras manutenções em aberto do mesmo componente (";
    return List.of(new CommandWarning(WINDOW_OVERLAPS,
        "A janela desta manutenção se sobrepõe à de " + others + String.join(", ", overlapping)
            + "); a manutenção foi registrada assim mesmo. Confira se as duas devem ocorrer ao mesmo tempo.",
        overlapping));
  }
}
