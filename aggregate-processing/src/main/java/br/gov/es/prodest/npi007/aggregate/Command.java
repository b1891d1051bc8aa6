package br.gov.es.prodest.npi007.aggregate;

import java.time.Instant;

/**
 * What every command carries besides its payload. Time and ids arrive with the command, so that
 * deciding it is deterministic: its events take their time from {@code issuedAt} and their ids
 * from {@code commandId} ({@link EventIds}).
 */
public interface Command {

  String commandId();

  String correlationId();

  Instant issuedAt();

  Actor actor();

  Origin origin();

  /** The version of the aggregate the issuer saw (If-Match), or null to skip the check. */
  Long expectedVersion();

  /** The id of the aggregate the command addresses: its key on every topic. */
  String aggregateId();
}
