package br.gov.es.prodest.npi007.notification.status.application;

import br.gov.es.prodest.npi007.notification.status.domain.StatusEvent;
import java.util.Optional;

/**
 * Reads the records the public status keeps as they came from their topics (the wire format is the
 * adapter's business): empty for a record the page has no use for; may throw
 * {@code UndecodableRecordException} on a record it cannot read.
 */
public interface StatusRecords {

  Optional<StatusEvent> read(byte[] value);
}
