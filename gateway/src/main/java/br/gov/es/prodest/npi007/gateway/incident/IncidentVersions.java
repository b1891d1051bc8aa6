package br.gov.es.prodest.npi007.gateway.incident;

import br.gov.es.prodest.npi007.gateway.command.AggregateVersions;

/**
 * An incident's version as an HTTP entity tag: {@code "<version>"}, sent as the {@code ETag} of the
 * incident and of each command's answer; {@code If-Match} with it makes a command conditional on
 * the incident being unchanged since.
 */
public final class IncidentVersions {

  private IncidentVersions() {
  }

  public static String etag(long version) {
    return AggregateVersions.etag(version);
  }

  /** The version an {@code If-Match} header names, or null for any; 400 when it is not one quoted version. */
  public static Long expectedVersion(String ifMatch) {
    return AggregateVersions.expectedVersion(ifMatch, "do incidente");
  }
}
