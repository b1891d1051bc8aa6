package br.gov.es.prodest.npi007.gateway.console.maintenance;

import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A maintenance's words as the pages say them, in Portuguese; templates reach it as {@code @maintenanceLabels}. */
@Component("maintenanceLabels")
public class MaintenanceLabels {

  private static final Map<String, String> STATUSES = Map.of(
      "REQUESTED", "Solicitada",
      "ANNOUNCED", "Avisada",
      "RESCHEDULED", "Reagendada",
      "IN_PROGRESS", "Em andamento",
      "COMPLETED", "Concluída",
      "CANCELLED", "Cancelada");

  /** Not started yet: the window may still move (the maintenance-service decides). */
  private static final Set<String> BEFORE_START = Set.of("REQUESTED", "ANNOUNCED", "RESCHEDULED");

  public String status(String status) {
    return status == null ? "" : STATUSES.getOrDefault(status, status);
  }

  public String tone(String status) {
    return "COMPLETED".equals(status) || "CANCELLED".equals(status) ? "ok" : "manutencao";
  }

  static boolean beforeStart(String status) {
    return BEFORE_START.contains(status);
  }

  static boolean closed(String status) {
    return "COMPLETED".equals(status) || "CANCELLED".equals(status);
  }
}
