package br.gov.es.prodest.npi007.gateway.command;

import br.gov.es.prodest.npi007.avro.command.CommandWarning;
import java.util.List;

/**
 * Something the caller should know about a command that was applied all the same, e.g. a
 * maintenance window that overlaps another ({@code MAINTENANCE_WINDOW_OVERLAPS}).
 *
 * @param code       reason code
 * @param detail     the warning explained, in Brazilian Portuguese
 * @param relatedIds ids of the aggregates the warning is about
 */
public record Warning(String code, String detail, List<String> relatedIds) {

  static Warning of(CommandWarning warning) {
    return new Warning(warning.getCode(), warning.getDetail(), List.copyOf(warning.getRelatedIds()));
  }
}
