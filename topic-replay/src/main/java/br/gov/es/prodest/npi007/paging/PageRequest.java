package br.gov.es.prodest.npi007.paging;

/**
 * Which page of a list to answer: at most {@code limit} items, after the position {@code cursor}
 * names (null: from the start). PRODUCT.md: "Lists are paginated".
 */
public record PageRequest(int limit, String cursor) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidPageRequest.limit(Integer.toString(limit));
    }
  }

  /** The first page of at most {@code limit} items. */
  public static PageRequest first(int limit) {
    return new PageRequest(limit, null);
  }

  /**
   * The request as the query string gave it: {@code limit} absent or blank means the default; a
   * blank {@code cursor} means the first page.
   *
   * @throws InvalidPageRequest when {@code limit} is not a whole number from 1 to {@value #MAX_LIMIT}
   */
  public static PageRequest of(String limit, String cursor) {
    return new PageRequest(parseLimit(limit), cursor == null || cursor.isBlank() ? null : cursor);
  }

  private static int parseLimit(String limit) {
    if (limit == null || limit.isBlank()) {
      return DEFAULT_LIMIT;
    }
    if (!limit.matches("[0-9]{1,4}")) {
      throw InvalidPageRequest.limit(limit);
    }
    int parsed = Integer.parseInt(limit);
    if (parsed < 1 || parsed > MAX_LIMIT) {
      throw InvalidPageRequest.limit(limit);
    }
    return parsed;
  }
}
