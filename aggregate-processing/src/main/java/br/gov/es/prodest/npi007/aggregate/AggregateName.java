package br.gov.es.prodest.npi007.aggregate;

/**
 * How an aggregate is named in reason codes and in the Portuguese of its refusals.
 *
 * @param code    prefix of reason codes, e.g. {@code INCIDENT}
 * @param article the definite article of its noun in Portuguese, "o" or "a"
 * @param noun    e.g. "incidente", "manutenção", "notificação"
 */
public record AggregateName(String code, String article, String noun) {

  /** "O incidente 42", "A manutenção 7". */
  String the(String id) {
    return article.toUpperCase(java.util.Locale.ROOT) + " " + noun + " " + id;
  }
}
