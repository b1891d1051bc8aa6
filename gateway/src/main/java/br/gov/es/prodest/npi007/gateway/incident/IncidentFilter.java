package br.gov.es.prodest.npi007.gateway.incident;

/**
 * The filters of the incident list, each optional, passed on to the incident-service.
 *
 * @param status    a lifecycle status, e.g. UNDER_ANALYSIS
 * @param organ     an organ's code (a notifier's list is always its own organ's)
 * @param component the component's name
 * @param source    how the incidents became known
 * @param open      true for open incidents only, false for closed ones only
 * @param unit      the responsible functional unit's code (issue 15)
 */
public record IncidentFilter(String status, String organ, String component, IncidentSource source, Boolean open,
    String unit) {

  /** Without a unit, as every list before issue 15. */
  public IncidentFilter(String status, String organ, String component, IncidentSource source, Boolean open) {
    this(status, organ, component, source, open, null);
  }
}
