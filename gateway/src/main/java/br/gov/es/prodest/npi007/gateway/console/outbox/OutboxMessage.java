package br.gov.es.prodest.npi007.gateway.console.outbox;

import br.gov.es.prodest.npi007.gateway.notification.NotificationView;
import br.gov.es.prodest.npi007.schemas.norm.NormMessage;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** A message of the outbox as the console shows it: the notification's view, worded for ASCOM. */
public record OutboxMessage(NotificationView view, List<DeliveryLine> deliveries) {

  public static OutboxMessage of(NotificationView view) {
    return new OutboxMessage(view, DeliveryLine.of(view.deliveries()));
  }

  public String id() {
    return view.id();
  }

  public String type() {
    return view.type();
  }

  /** The norm's heading of the message, e.g. "Detecção/Confirmação do Incidente". */
  public String heading() {
    return NormMessage.byId(view.type()).map(NormMessage::heading).orElse("");
  }

  /** Its title line; 6.1 has none, so its heading stands in. */
  public String title() {
    return view.title() == null || view.title().isBlank() ? heading() : view.title();
  }

  public Instant renderedAt() {
    return view.renderedAt();
  }

  public OutboxStatus status() {
    return OutboxStatus.of(view.status());
  }

  public boolean pending() {
    return OutboxStatus.PENDING_REVIEW.equals(view.status());
  }

  /**
   * ASCOM may still say it posted the message by hand: before it is sent, or after its delivery
   * failed or was given up (CONTRACTS.md); not while it is on its way, nor once delivered or posted.
   */
  public boolean postable() {
    return !List.of("POSTED_MANUALLY", "DELIVERED", "SENT").contains(view.status());
  }

  /** The console page of what the message is about, or null. */
  public String subjectHref() {
    if (view.incidentId() != null) {
      return "/console/incidents/" + view.incidentId();
    }
    return view.maintenanceId() == null ? null : "/console/maintenances/" + view.maintenanceId();
  }

  public String subjectLabel() {
    if (view.incidentId() != null) {
      return "Incidente " + view.incidentId();
    }
    return view.maintenanceId() == null ? null : "Manutenção " + view.maintenanceId();
  }

  public String whatsapp() {
    return view.text() == null ? null : view.text().get("whatsapp");
  }

  public String email() {
    return view.text() == null ? null : view.text().get("email");
  }

  public String subject() {
    return view.subject();
  }

  /** The text as first rendered (before any edit), from the history; the current text when the history has none. */
  public Map<String, String> renderedText() {
    return rendering().map(details -> {
      Map<String, String> text = new LinkedHashMap<>();
      details.path("text").properties().forEach(channel -> text.put(channel.getKey(), channel.getValue().asString()));
      return text;
    }).orElseGet(() -> view.text() == null ? Map.of() : view.text());
  }

  /** The e-mail subject as first rendered; the current one when the history does not say. */
  public String renderedSubject() {
    return rendering().map(details -> details.path("subject"))
        .filter(subject -> subject.isString()).map(JsonNode::asString).orElse(view.subject());
  }

  private Optional<JsonNode> rendering() {
    if (view.history() == null) {
      return Optional.empty();
    }
    return view.history().stream()
        .filter(entry -> "MessageRendered".equals(entry.type()) && entry.details() != null)
        .map(NotificationView.HistoryEntry::details)
        .filter(details -> details.path("text").isObject())
        .findFirst();
  }

  public boolean anyAlert() {
    return deliveries.stream().anyMatch(DeliveryLine::alert);
  }

  /** The deliveries in a line: "2 Entregue · 1 Abandonada", or "Nenhuma entrega ainda". */
  public String deliverySummary() {
    if (deliveries.isEmpty()) {
      return "Nenhuma entrega ainda";
    }
    Map<String, Long> counts = deliveries.stream()
        .collect(Collectors.groupingBy(DeliveryLine::statusLabel, LinkedHashMap::new, Collectors.counting()));
    return counts.entrySet().stream().map(count -> count.getValue() + " " + count.getKey())
        .collect(Collectors.joining(" · "));
  }
}
