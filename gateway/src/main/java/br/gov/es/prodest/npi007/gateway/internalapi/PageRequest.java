package br.gov.es.prodest.npi007.gateway.internalapi;

import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import java.util.regex.Pattern;

/**
 * Which page of a list the client asks for (PRODUCT.md: "Lists are paginated"). The gateway checks
 * the limit itself; the cursor is the internal service's opaque token, only bounded here.
 *
 * @param limit  1 to {@value #MAX_LIMIT} items
 * @param cursor where the page starts, as the previous page's Link gave it; null for the first page
 */
public record PageRequest(int limit, String cursor) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;
  public static final String LIMIT = "limit";
  public static final String CURSOR = "cursor";

  static final Pattern VALID_CURSOR = Pattern.compile("[A-Za-z0-9_-]{1,512}");
  private static final Pattern VALID_LIMIT = Pattern.compile("[1-9][0-9]{0,2}");

  /** From the raw query parameters; a 400 problem when either is not acceptable. */
  public static PageRequest of(String limit, String cursor) {
    return new PageRequest(limit(limit), cursor(cursor));
  }

  private static int limit(String limit) {
    if (limit == null) {
      return DEFAULT_LIMIT;
    }
    if (!VALID_LIMIT.matcher(limit).matches() || Integer.parseInt(limit) > MAX_LIMIT) {
      throw ApiProblem.badRequest("INVALID_LIMIT",
          "O parâmetro limit deve ser um número inteiro de 1 a " + MAX_LIMIT + " (o padrão é " + DEFAULT_LIMIT + ").");
    }
    return Integer.parseInt(limit);
  }

  private static String cursor(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return null;
    }
    if (!VALID_CURSOR.matcher(cursor).matches()) {
      throw ApiProblem.badRequest("INVALID_CURSOR",
          "O parâmetro cursor é inválido: use o valor do cabeçalho Link da página anterior, sem alterá-lo.");
    }
    return cursor;
  }
}
