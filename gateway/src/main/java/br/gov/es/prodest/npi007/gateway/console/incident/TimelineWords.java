package br.gov.es.prodest.npi007.gateway.console.incident;

import br.gov.es.prodest.npi007.gateway.console.ConsoleFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * A timeline entry as a person reads it: what happened, in Portuguese, and its details as labelled
 * lines (the texts of a message in full), not the wire's JSON. Templates reach it as
 * {@code @timelineWords}; a type or field it does not know is shown by its own name.
 */
@Component("timelineWords")
public class TimelineWords {

  /** One line of an entry's details. */
  public record Detail(String label, String value) {
  }

  private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*Z");

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("IncidentReported", "Incidente relatado"),
      Map.entry("ReportJoined", "Novo relato juntado ao incidente"),
      Map.entry("ReportAcknowledged", "Recebimento confirmado (6.1 entregue)"),
      Map.entry("ServiceRequestLinked", "SA vinculada"),
      Map.entry("ServiceRequestUpdated", "SA atualizada na central de serviços"),
      Map.entry("IncidentTriaged", "Análise registrada"),
      Map.entry("ServiceRestored", "Serviço restabelecido"),
      Map.entry("StatementPosted", "Pronunciamento da gestão"),
      Map.entry("MaintenanceLinked", "Manutenção vinculada"),
      Map.entry("IncidentAssigned", "Unidade responsável definida"),
      Map.entry("AlertResolved", "Alerta do monitoramento resolvido"),
      Map.entry("MessageRendered", "Mensagem gerada"),
      Map.entry("MessageEdited", "Mensagem editada pela ASCOM"),
      Map.entry("MessageApproved", "Mensagem aprovada pela ASCOM"),
      Map.entry("MessagePostedManually", "Mensagem publicada manualmente"),
      Map.entry("MessageDelivered", "Mensagem entregue"),
      Map.entry("DeliveryStarted", "Entrega iniciada"),
      Map.entry("DeliverySucceeded", "Entrega concluída"),
      Map.entry("DeliveryFailed", "Entrega recusada (nova tentativa prevista)"),
      Map.entry("DeliveryDeadLettered", "Entrega abandonada"));

  private static final Map<String, String> FIELDS = Map.ofEntries(
      Map.entry("component", "Componente"),
      Map.entry("organ", "Órgão"),
      Map.entry("description", "Descrição"),
      Map.entry("source", "Origem"),
      Map.entry("reportedBy", "Relatado por"),
      Map.entry("saNumber", "SA"),
      Map.entry("postId", "Publicação no grupo"),
      Map.entry("postedAt", "Publicada em"),
      Map.entry("postText", "Texto publicado no grupo"),
      Map.entry("postedBy", "Publicada por"),
      Map.entry("state", "Situação"),
      Map.entry("summary", "Resumo"),
      Map.entry("verdict", "Veredito"),
      Map.entry("impact", "Impacto"),
      Map.entry("note", "Observação"),
      Map.entry("kind", "Tipo"),
      Map.entry("text", "Texto"),
      Map.entry("maintenanceId", "Manutenção"),
      Map.entry("unit", "Unidade"),
      Map.entry("previousUnit", "Unidade anterior"),
      Map.entry("unrecognisedUnit", "Unidade indicada pelo alerta, fora do catálogo"),
      Map.entry("office", "Quem fala"),
      Map.entry("title", "Título"),
      Map.entry("subject", "Assunto"),
      Map.entry("templateVersion", "Versão do modelo"),
      Map.entry("reviewRequired", "Exige revisão da ASCOM"),
      Map.entry("channel", "Canal"),
      Map.entry("recipient", "Destinatário"),
      Map.entry("provider", "Provedor"),
      Map.entry("attempt", "Tentativa"),
      Map.entry("reason", "Motivo"),
      Map.entry("retryable", "Pode ser tentada de novo"),
      Map.entry("nextAttemptAt", "Próxima tentativa"),
      Map.entry("uncertain", "Resultado incerto"),
      Map.entry("postedManually", "Publicada manualmente"),
      Map.entry("comment", "Comentário"),
      Map.entry("alertName", "Alerta"),
      Map.entry("endsAt", "Fim do alerta"));

  private static final Map<String, String> VALUES = Map.ofEntries(
      Map.entry("NOT_CONFIRMED", "Não confirmado"),
      Map.entry("CONFIRMED_GENERAL", "Confirmado para todos os órgãos"),
      Map.entry("CONFIRMED_RESTRICTED", "Confirmado para um órgão"),
      Map.entry("CONFIRMATION", "Confirmação do incidente"),
      Map.entry("RESTORATION", "Restabelecimento do serviço"),
      Map.entry("PRESIDENT", "Presidente"),
      Map.entry("DIRECTOR", "Diretor"),
      Map.entry("MANAGER", "Gerente"),
      Map.entry("WHATSAPP", "WhatsApp"),
      Map.entry("EMAIL", "e-mail"),
      Map.entry("WHATSAPP_GROUP", "Grupo de WhatsApp"),
      Map.entry("SERVICE_DESK", "Central de serviços"),
      Map.entry("MONITORING", "Monitoramento"),
      Map.entry("INTERNAL_TEST", "Teste interno"),
      Map.entry("INTERNAL_COMPLAINT", "Reclamação interna"));

  private final ConsoleFormat format;

  public TimelineWords(ConsoleFormat format) {
    this.format = format;
  }

  public String type(String type) {
    return type == null ? "" : TYPES.getOrDefault(type, type);
  }

  /** The entry's trace, short: {@code rastreio 4bf92f35…}; empty when unknown (issue 13). */
  public String trace(String traceId) {
    if (traceId == null || traceId.isBlank()) {
      return "";
    }
    return "rastreio " + traceId.substring(0, Math.min(8, traceId.length())) + "…";
  }

  /** The entry's fields worth reading, labelled; a message's texts one line per channel. */
  public List<Detail> details(JsonNode details) {
    List<Detail> lines = new ArrayList<>();
    if (details == null || !details.isObject()) {
      return lines;
    }
    for (Map.Entry<String, JsonNode> field : details.properties()) {
      String name = field.getKey();
      JsonNode value = field.getValue();
      if ("renditions".equals(name) && value.isArray()) {
        value.forEach(rendition -> renditionLines(rendition, lines));
      } else if (!"causationEventId".equals(name)) {
        String text = words(value);
        if (!text.isEmpty()) {
          lines.add(new Detail(FIELDS.getOrDefault(name, name), text));
        }
      }
    }
    return lines;
  }

  private void renditionLines(JsonNode rendition, List<Detail> lines) {
    String channel = words(rendition.path("channel"));
    String subject = words(rendition.path("subject"));
    if (!subject.isEmpty()) {
      lines.add(new Detail("Assunto (" + channel + ")", subject));
    }
    String text = words(rendition.path("text"));
    if (!text.isEmpty()) {
      lines.add(new Detail("Texto (" + channel + ")", text));
    }
  }

  private String words(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "";
    }
    if (value.isBoolean()) {
      return value.asBoolean() ? "Sim" : "Não";
    }
    if (value.isString()) {
      String text = value.asString();
      if (INSTANT.matcher(text).matches()) {
        return format.dateTime(text);
      }
      return VALUES.getOrDefault(text, text);
    }
    if (value.isArray() || value.isObject()) {
      return value.isEmpty() ? "" : value.toString();
    }
    return value.asString();
  }
}
