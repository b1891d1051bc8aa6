package br.gov.es.prodest.npi007.schemas;

/** Raised for bytes that are not a record of a known schema; the record goes to a dead-letter topic. */
public class UndecodableRecordException extends RuntimeException {

  public UndecodableRecordException(String reason) {
    super(reason);
  }

  public UndecodableRecordException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
