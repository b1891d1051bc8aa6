package br.gov.es.prodest.npi007.maintenance.domain;

import java.util.List;

/** The outcome of deciding one command: the events it causes, or why it is refused. */
public sealed interface Decision permits Decision.Accepted, CommandRejected {

  /**
   * The command is applied.
   *
   * @param events   the new events, in order; empty when the command had already been applied (a retry)
   *                 or changes nothing (an announcement recorded before)
   * @param warnings what the issuer should know, e.g. an overlapping window
   */
  record Accepted(List<MaintenanceEvent> events, List<CommandWarning> warnings) implements Decision {

    public Accepted {
      events = List.copyOf(events);
      warnings = List.copyOf(warnings);
    }

    static Accepted of(MaintenanceEvent event) {
      return new Accepted(List.of(event), Warnings.of(event));
    }

    static Accepted nothingNew(List<CommandWarning> warnings) {
      return new Accepted(List.of(), warnings);
    }
  }
}
