package br.gov.es.prodest.npi007.gateway.command;

import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;

/**
 * An aggregate's version as an HTTP entity tag (RFC 9110 8.8.3): {@code "<version>"}, sent as the
 * {@code ETag} of the resource and of each command's answer; {@code If-Match} with it makes a
 * command conditional on the aggregate being unchanged since.
 */
public final class AggregateVersions {

  private AggregateVersions() {
  }

  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /**
   * The version an {@code If-Match} header names: null when the header is absent or {@code *}
   * (any current version); one strong tag of digits otherwise, else 400.
   *
   * @param aggregate how the detail names the resource, in Portuguese, e.g. "do incidente"
   */
  public static Long expectedVersion(String ifMatch, String aggregate) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.length() > 2 && tag.length() <= 20 && tag.startsWith("\"") && tag.endsWith("\"")
        && tag.substring(1, tag.length() - 1).chars().allMatch(Character::isDigit)) {
      return Long.parseLong(tag.substring(1, tag.length() - 1));
    }
    throw ApiProblem.badRequest("INVALID_IF_MATCH", "O cabeçalho If-Match deve trazer uma única versão " + aggregate
        + " entre aspas, como no ETag (ex.: \"3\").");
  }
}
