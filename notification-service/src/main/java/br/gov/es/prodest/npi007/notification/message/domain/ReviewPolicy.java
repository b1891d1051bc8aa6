package br.gov.es.prodest.npi007.notification.message.domain;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/** Which messages ASCOM reviews before they are sent (REVIEW); the others go at once (AUTO). */
public record ReviewPolicy(Set<MessageTemplate> reviewed) {

  public ReviewPolicy {
    reviewed = Set.copyOf(reviewed);
  }

  /** From the norm's ids, e.g. {@code 6.1}; an unknown id is refused. */
  public static ReviewPolicy ofIds(Collection<String> ids) {
    return new ReviewPolicy(ids.stream()
        .map(String::strip)
        .filter(id -> !id.isEmpty())
        .map(id -> MessageTemplate.byId(id).orElseThrow(() ->
            new IllegalArgumentException("mensagem desconhecida: " + id + " (esperado 6.1 a 6.6, 6.5-reagendamento, 6.5-cancelamento ou 6.5-lembrete)")))
        .collect(Collectors.toSet()));
  }

  public boolean requiresReview(MessageTemplate message) {
    return reviewed.contains(message);
  }
}
