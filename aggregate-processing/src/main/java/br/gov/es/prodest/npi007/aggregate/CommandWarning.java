package br.gov.es.prodest.npi007.aggregate;

import java.util.List;
import java.util.Objects;

/**
 * What the issuer of an accepted command should know.
 *
 * @param code       reason code, e.g. {@code MAINTENANCE_WINDOW_OVERLAPS}
 * @param detail     the warning explained to a person, in Brazilian Portuguese
 * @param relatedIds the aggregates the warning is about
 */
public record CommandWarning(String code, String detail, List<String> relatedIds) {

  public CommandWarning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(detail, "detail");
    relatedIds = List.copyOf(relatedIds);
  }
}
