package br.gov.es.prodest.npi007.aggregate;

import br.gov.es.prodest.npi007.aggregate.CommandRejected.Kind;
import java.util.List;

/**
 * The refusals every aggregate shares (CONTRACTS.md, "Idempotency" and "Versions"); each aggregate's
 * own refusals live beside its rules.
 */
public final class CommonRejections {

  private CommonRejections() {
  }

  public static CommandRejected idempotencyKeyReused(AggregateName name, String id) {
    return CommandRejected.ruleViolated("IDEMPOTENCY_KEY_REUSED",
        "A chave de idempotência deste pedido já foi usada em um pedido com outro conteúdo"
            + " (" + name.noun() + " " + id + "); use uma chave nova para um pedido novo.");
  }

  public static CommandRejected versionMismatch(AggregateName name, String id, long version, long expected) {
    return CommandRejected.conflict("VERSION_MISMATCH",
        name.the(id) + " está na versão " + version + ", não na versão " + expected
            + " esperada; consulte-" + name.article() + " novamente.");
  }

  public static CommandRejected notFound(AggregateName name, String id) {
    return new CommandRejected(Kind.NOT_FOUND, name.code() + "_NOT_FOUND", name.the(id) + " não existe.");
  }

  /**
   * Another command created the aggregate under this id first.
   *
   * @param created how its creation is said, e.g. "registrado", "solicitada"
   */
  public static CommandRejected alreadyExists(AggregateName name, String id, String created) {
    return CommandRejected.conflict(name.code() + "_ALREADY_EXISTS",
        name.the(id) + " já foi " + created + " por outro comando.");
  }

  public static CommandRejected blank(List<String> fields) {
    return CommandRejected.ruleViolated("REQUIRED_FIELD_BLANK",
        "Preencha " + String.join(", ", fields) + ": "
            + (fields.size() == 1 ? "campo obrigatório." : "campos obrigatórios."));
  }
}
