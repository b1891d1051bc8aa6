package br.gov.es.prodest.npi007.gateway.console.outbox;

import java.util.Map;

/**
 * A message's outbox status (CONTRACTS.md, "Outbox status") as ASCOM reads it: a word in Portuguese
 * and the etiqueta that carries it (the colour never alone).
 *
 * @param label    what the page writes
 * @param etiqueta the console.css class: ok, manutencao (waits on someone), alerta (needs a look)
 */
public record OutboxStatus(String label, String etiqueta) {

  static final String PENDING_REVIEW = "PENDING_REVIEW";

  private static final Map<String, OutboxStatus> KNOWN = Map.of(
      PENDING_REVIEW, new OutboxStatus("Aguardando revisão", "manutencao"),
      "APPROVED", new OutboxStatus("Aprovada", "ok"),
      "POSTED_MANUALLY", new OutboxStatus("Publicada manualmente", "ok"),
      "SENT", new OutboxStatus("Em envio", "manutencao"),
      "DELIVERED", new OutboxStatus("Entregue", "ok"),
      "FAILED", new OutboxStatus("Falhou, nova tentativa agendada", "alerta"),
      "DEAD", new OutboxStatus("Entrega abandonada", "alerta"));

  /** A status the console does not know yet is shown as the service wrote it. */
  static OutboxStatus of(String status) {
    return KNOWN.getOrDefault(status, new OutboxStatus(status == null ? "Desconhecida" : status, "manutencao"));
  }
}
