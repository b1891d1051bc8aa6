package br.gov.es.prodest.npi007.gateway.status;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/**
 * An incident confirmed as general (NPI-007 6.3): only what the public may read of it.
 *
 * @param restoredAt null while it is active
 * @param updates    its public updates, as the service orders them
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicIncident(String id, ComponentRef component, IncidentState state, Instant startedAt,
    Instant restoredAt, List<PublicUpdate> updates) {

  public PublicIncident {
    updates = updates == null ? List.of() : List.copyOf(updates);
  }
}
