package br.gov.es.prodest.npi007.incident.application;

/** Which incidents a listing shows; a null criterion matches every incident. */
public record IncidentFilter(String status, String organ, String component) {

  public static final IncidentFilter ALL = new IncidentFilter(null, null, null);

  boolean matches(IncidentView view) {
    return (status == null || status.equals(view.status().name()))
        && (organ == null || organ.equals(view.organ()))
        && (component == null || component.equals(view.component()));
  }
}
