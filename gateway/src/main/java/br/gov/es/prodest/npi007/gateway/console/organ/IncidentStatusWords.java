package br.gov.es.prodest.npi007.gateway.console.organ;

import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * An incident's lifecycle status (CONTRACTS.md, "The incident lifecycle") as a person in Espírito
 * Santo reads it. Templates reach it as {@code @statusWords}; an unknown status is shown as it came.
 */
@Component("statusWords")
public class IncidentStatusWords {

  private static final Map<String, String> WORDS = Map.of(
      "REPORTED", "Relatado",
      "AWAITING_SA", "Aguardando SA",
      "DETECTED_BY_PRODEST", "Detectado pelo PRODEST",
      "UNDER_ANALYSIS", "Em análise",
      "NOT_CONFIRMED", "Não confirmado",
      "CONFIRMED_GENERAL", "Confirmado (geral)",
      "CONFIRMED_RESTRICTED", "Confirmado (restrito ao órgão)",
      "MAINTENANCE_SCHEDULED", "Manutenção programada",
      "RESTORED", "Restabelecido");

  public String of(String status) {
    return status == null ? "" : WORDS.getOrDefault(status, status);
  }
}
