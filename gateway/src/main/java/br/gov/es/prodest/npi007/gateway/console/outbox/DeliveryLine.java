package br.gov.es.prodest.npi007.gateway.console.outbox;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One delivery target of a message as the notification-service reports it (CONTRACTS.md, "Outbox
 * status": deliveryId, channel, provider, recipient, status, attempts, lastReason, nextAttemptAt,
 * providerMessageId, uncertain), with what ASCOM should do when it went wrong.
 */
public record DeliveryLine(String channel, String provider, String recipient, String status, int attempts,
    String lastReason, String nextAttemptAt, boolean uncertain) {

  static final String WHATSAPP = "WHATSAPP";

  /** The deliveries of the view's JSON array; none when the service gave none. */
  static List<DeliveryLine> of(JsonNode deliveries) {
    List<DeliveryLine> lines = new ArrayList<>();
    if (deliveries != null && deliveries.isArray()) {
      deliveries.forEach(delivery -> lines.add(new DeliveryLine(text(delivery, "channel"), text(delivery, "provider"),
          text(delivery, "recipient"), text(delivery, "status"), delivery.path("attempts").asInt(0),
          text(delivery, "lastReason"), text(delivery, "nextAttemptAt"), delivery.path("uncertain").asBoolean(false))));
    }
    return List.copyOf(lines);
  }

  public String channelLabel() {
    return channelLabel(channel);
  }

  static String channelLabel(String channel) {
    if (WHATSAPP.equals(channel) || "whatsapp".equals(channel)) {
      return "WhatsApp";
    }
    return "EMAIL".equals(channel) || "email".equals(channel) ? "E-mail" : String.valueOf(channel);
  }

  public String statusLabel() {
    if (uncertain) {
      return "Resultado incerto";
    }
    return switch (String.valueOf(status)) {
      case "SENT" -> "Em envio";
      case "DELIVERED" -> "Entregue";
      case "FAILED" -> "Falhou, nova tentativa agendada";
      case "DEAD" -> "Abandonada";
      default -> String.valueOf(status);
    };
  }

  /** Uncertain and abandoned deliveries stand out: ASCOM has something to check. */
  public boolean alert() {
    return uncertain || "DEAD".equals(status);
  }

  /** The etiqueta's class: alerta for what ASCOM must check, ok once delivered, manutencao while under way. */
  public String etiqueta() {
    if (alert()) {
      return "alerta";
    }
    return "DELIVERED".equals(status) ? "ok" : "manutencao";
  }

  /** What ASCOM should check, in a sentence; null when nothing is asked of it. */
  public String advice() {
    if (uncertain) {
      // an attempt may have reached its recipient: sending again could post the message twice
      return WHATSAPP.equals(channel)
          ? "Verifique no grupo se a mensagem chegou antes de reenviar."
          : "Verifique com os destinatários se o e-mail chegou antes de reenviar.";
    }
    if ("DEAD".equals(status)) {
      return "O sistema desistiu da entrega após " + attempts + (attempts == 1 ? " tentativa" : " tentativas")
          + ": confira o destinatário e o provedor, e publique manualmente se preciso.";
    }
    return null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isMissingNode() || value.isNull() ? null : value.asString();
  }
}
