package br.gov.es.prodest.npi007.gateway.console.audit;

import br.gov.es.prodest.npi007.gateway.incident.timeline.TimelineEntry;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** One timeline entry as the audit page prints it: the entry, its kind in Portuguese and its details as JSON text. */
record AuditLine(TimelineEntry entry, String kind, String details) {

  static List<AuditLine> of(List<TimelineEntry> timeline, JsonMapper json) {
    return timeline.stream().map(entry -> new AuditLine(entry, kind(entry.kind()),
        entry.details() == null || entry.details().isNull() || entry.details().isMissingNode()
            ? "" : json.writeValueAsString(entry.details()))).toList();
  }

  private static String kind(String kind) {
    if (kind == null) {
      return "";
    }
    return switch (kind) {
      case "event" -> "Evento do incidente";
      case "message" -> "Mensagem";
      case "delivery" -> "Entrega";
      default -> kind;
    };
  }
}
