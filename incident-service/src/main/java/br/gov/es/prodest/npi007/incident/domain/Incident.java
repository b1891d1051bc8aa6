package br.gov.es.prodest.npi007.incident.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** The incident aggregate: which events a command causes, and what the events make of the state. */
public final class Incident {

  private Incident() {
  }

  /** Decides a command against the incident's current state. */
  public static Decision decide(IncidentCommand command, IncidentState state) {
    if (state.applied(command.commandId())) {
      return repeats(command, state) ? Decision.Accepted.retry() : idempotencyKeyReused(command);
    }
    Long expected = command.expectedVersion();
    if (expected != null && expected != state.version()) {
      return new CommandRejected(CommandRejected.Kind.CONFLICT, "VERSION_MISMATCH",
          "O incidente " + command.incidentId() + " está na versão " + state.version()
              + ", não na versão " + expected + " esperada; consulte-o novamente.");
    }
    if (command instanceof ReportIncident report) {
      return report(report, state);
    }
    throw new IllegalArgumentException("comando desconhecido: " + command);
  }

  /** The state after one more event. An event that cannot follow the state changes nothing. */
  public static IncidentState evolve(IncidentState state, IncidentEvent event) {
    if (event instanceof IncidentReported reported && state instanceof NoIncident) {
      Envelope envelope = reported.envelope();
      return new OpenIncident(envelope.incidentId(), reported.status(), reported.component(),
          reported.organ(), reported.description(), reported.source(), reported.reportedBy(),
          envelope.sequence(), Set.of(envelope.commandId()));
    }
    return state;
  }

  /** Folds a whole history, oldest first. */
  public static IncidentState replay(List<? extends IncidentEvent> history) {
    IncidentState state = NoIncident.INSTANCE;
    for (IncidentEvent event : history) {
      state = evolve(state, event);
    }
    return state;
  }

  /** A retry repeats the command it retries; the same id with other content is a reused Idempotency-Key. */
  private static boolean repeats(IncidentCommand command, IncidentState state) {
    if (command instanceof ReportIncident report && state instanceof OpenIncident open) {
      return open.component().equals(strip(report.component()))
          && open.organ().equals(strip(report.organ()))
          && open.description().equals(strip(report.description()))
          && open.source() == report.source()
          && open.reportedBy().equals(strip(report.reportedBy()));
    }
    return true;
  }

  private static CommandRejected idempotencyKeyReused(IncidentCommand command) {
    return new CommandRejected(CommandRejected.Kind.RULE_VIOLATED, "IDEMPOTENCY_KEY_REUSED",
        "A chave de idempotência deste pedido já foi usada em um pedido com outro conteúdo"
            + " (incidente " + command.incidentId() + "); use uma chave nova para um pedido novo.");
  }

  private static String strip(String text) {
    return text == null ? null : text.strip();
  }

  private static Decision report(ReportIncident command, IncidentState state) {
    if (state instanceof OpenIncident) {
      return new CommandRejected(CommandRejected.Kind.CONFLICT, "INCIDENT_ALREADY_EXISTS",
          "O incidente " + command.incidentId() + " já foi registrado por outro comando.");
    }
    List<String> blank = blankFields(command);
    if (!blank.isEmpty()) {
      return new CommandRejected(CommandRejected.Kind.RULE_VIOLATED, "REQUIRED_FIELD_BLANK",
          "Preencha " + String.join(", ", blank) + ": "
              + (blank.size() == 1 ? "campo obrigatório." : "campos obrigatórios."));
    }
    Envelope envelope = Envelope.causedBy(command, state.version() + 1);
    return new Decision.Accepted(List.of(new IncidentReported(envelope, command.component().strip(),
        command.organ().strip(), command.description().strip(), command.source(), command.reportedBy().strip())));
  }

  // NPI-007 5.2.1.1: a report names the component, the organ, what was seen and who saw it.
  private static List<String> blankFields(ReportIncident command) {
    Map<String, Supplier<String>> required = new LinkedHashMap<>();
    required.put("o componente (component)", command::component);
    required.put("o órgão (organ)", command::organ);
    required.put("a descrição (description)", command::description);
    required.put("quem relatou (reportedBy)", command::reportedBy);
    List<String> blank = new ArrayList<>();
    required.forEach((field, value) -> {
      String text = value.get();
      if (text == null || text.isBlank()) {
        blank.add(field);
      }
    });
    return blank;
  }
}
