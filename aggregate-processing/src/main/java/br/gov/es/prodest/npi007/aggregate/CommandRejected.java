package br.gov.es.prodest.npi007.aggregate;

import java.util.Objects;

/**
 * A command refused, with its reason.
 *
 * @param code   reason code, e.g. {@code INCIDENT_ALREADY_EXISTS}
 * @param detail the refusal explained to a person, in Brazilian Portuguese
 */
public record CommandRejected(Kind kind, String code, String detail) {

  /** Why: the state does not allow it, a rule refuses it, or the aggregate does not exist. */
  public enum Kind {
    CONFLICT, RULE_VIOLATED, NOT_FOUND
  }

  /** The aggregate's state does not allow the command (HTTP 409). */
  public static CommandRejected conflict(String code, String detail) {
    return new CommandRejected(Kind.CONFLICT, code, detail);
  }

  /** The command breaks a rule whatever the state (HTTP 422). */
  public static CommandRejected ruleViolated(String code, String detail) {
    return new CommandRejected(Kind.RULE_VIOLATED, code, detail);
  }

  public CommandRejected {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(detail, "detail");
  }
}
