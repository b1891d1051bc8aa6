package br.gov.es.prodest.npi007.gateway.console.incident;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The incident's words as the pages say them, in Portuguese; templates reach it as
 * {@code @incidentLabels}. A value it does not know is shown as it came.
 */
@Component("incidentLabels")
public class IncidentLabels {

  /** The open statuses, in the lifecycle's order: the board's sections. */
  public static final List<String> OPEN_STATUSES = List.of("REPORTED", "AWAITING_SA", "DETECTED_BY_PRODEST",
      "UNDER_ANALYSIS", "CONFIRMED_GENERAL", "CONFIRMED_RESTRICTED", "MAINTENANCE_SCHEDULED");

  private static final Map<String, String> STATUSES = Map.of(
      "REPORTED", "Relatado",
      "AWAITING_SA", "Aguardando SA",
      "DETECTED_BY_PRODEST", "Detectado pelo PRODEST",
      "UNDER_ANALYSIS", "Em análise",
      "NOT_CONFIRMED", "Não confirmado",
      "CONFIRMED_GENERAL", "Confirmado para todos os órgãos",
      "CONFIRMED_RESTRICTED", "Confirmado para um órgão",
      "MAINTENANCE_SCHEDULED", "Manutenção agendada",
      "RESTORED", "Restabelecido");

  private static final Map<String, String> SOURCES = Map.of(
      "WHATSAPP_GROUP", "Grupo de WhatsApp",
      "SERVICE_DESK", "Central de serviços",
      "MONITORING", "Monitoramento",
      "INTERNAL_TEST", "Teste interno",
      "INTERNAL_COMPLAINT", "Reclamação interna");

  private static final Map<String, String> KINDS = Map.of(
      "event", "Evento",
      "message", "Mensagem",
      "delivery", "Entrega");

  public String status(String status) {
    return word(STATUSES, status);
  }

  public String source(String source) {
    return word(SOURCES, source);
  }

  /** A timeline entry's kind: event, message or delivery. */
  public String kind(String kind) {
    return word(KINDS, kind);
  }

  /** The etiqueta class of a status: words carry the meaning, the colour only repeats it. */
  public String tone(String status) {
    if (status == null) {
      return "alerta";
    }
    return switch (status) {
      case "CONFIRMED_GENERAL", "CONFIRMED_RESTRICTED" -> "indisponivel";
      case "MAINTENANCE_SCHEDULED" -> "manutencao";
      case "RESTORED", "NOT_CONFIRMED" -> "ok";
      default -> "alerta";
    };
  }

  private static String word(Map<String, String> words, String value) {
    return value == null ? "" : words.getOrDefault(value, value);
  }
}
