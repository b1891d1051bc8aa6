package br.gov.es.prodest.npi007.paging;

/**
 * A {@code limit} or {@code cursor} a list cannot honour; each service answers it as a 400 problem
 * document carrying {@link #code()} and the Portuguese {@link #getMessage() detail}.
 */
public final class InvalidPageRequest extends RuntimeException {

  public static final String INVALID_LIMIT = "INVALID_LIMIT";
  public static final String INVALID_CURSOR = "INVALID_CURSOR";

  private final String code;

  private InvalidPageRequest(String code, String detail) {
    super(detail, null, false, false);
    this.code = code;
  }

  static InvalidPageRequest limit(String given) {
    return new InvalidPageRequest(INVALID_LIMIT, "O parâmetro limit aceita um número inteiro de 1 a "
        + PageRequest.MAX_LIMIT + ", não \"" + given + "\".");
  }

  static InvalidPageRequest cursor() {
    return new InvalidPageRequest(INVALID_CURSOR, "O cursor de paginação é inválido; recomece a consulta sem ele.");
  }

  public String code() {
    return code;
  }

  /** The problem document's title, in Portuguese. */
  public String title() {
    return INVALID_LIMIT.equals(code) ? "Limite inválido" : "Cursor inválido";
  }
}
