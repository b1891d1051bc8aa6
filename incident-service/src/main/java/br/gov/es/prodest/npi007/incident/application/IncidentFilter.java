package br.gov.es.prodest.npi007.incident.application;

/** Which incidents a listing shows; a null criterion matches every incident. */
public record IncidentFilter(String status, String organ, String component, String source, Boolean open, String unit) {

  public static final IncidentFilter ALL = new IncidentFilter(null, null, null, null, null, null);

  public IncidentFilter(String status, String organ, String component) {
    this(status, organ, component, null, null, null);
  }

  public IncidentFilter(String status, String organ, String component, String source, Boolean open) {
    this(status, organ, component, source, open, null);
  }

  boolean matches(IncidentView view) {
    return (status == null || status.equals(view.status().name()))
        && (organ == null || organ.equals(view.organ()))
        && (component == null || component.equals(view.component()))
        && (source == null || source.equals(view.source().name()))
        && (open == null || open == !view.closed())
        && (unit == null || unit.equals(view.unit()));
  }
}
