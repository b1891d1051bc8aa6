package br.gov.es.prodest.npi007.gateway.command;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.command.RejectionKind;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A refused command becomes a problem document: its kind gives the status, its code and detail are passed on. */
public final class CommandResults {

  private CommandResults() {
  }

  public static CommandResult requireAccepted(CommandResult result) {
    if (result.getAccepted()) {
      return result;
    }
    RejectionKind kind = result.getRejectionKind() == null ? RejectionKind.RULE_VIOLATED : result.getRejectionKind();
    HttpStatus status = switch (kind) {
      case CONFLICT -> HttpStatus.CONFLICT;
      case RULE_VIOLATED -> HttpStatus.UNPROCESSABLE_CONTENT;
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
    };
    String code = result.getRejectionCode() == null ? kind.name() : result.getRejectionCode();
    String detail = result.getRejectionDetail() == null ? "O comando foi recusado." : result.getRejectionDetail();
    throw ApiProblem.of(status, code, detail);
  }

  /** The warnings of an accepted command, in the order the service gave them. */
  public static List<Warning> warnings(CommandResult result) {
    return result.getWarnings() == null ? List.of() : result.getWarnings().stream().map(Warning::of).toList();
  }
}
