package br.gov.es.prodest.npi007.gateway.problem;

import java.io.IOException;

/** Raised while reading a request body that grows past the limit, however it is transferred. */
public class RequestBodyTooLargeException extends IOException {

  private final long limit;

  public RequestBodyTooLargeException(long limit) {
    super("corpo da requisição maior que " + limit + " bytes");
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }
}
