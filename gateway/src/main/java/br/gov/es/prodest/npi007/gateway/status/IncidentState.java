package br.gov.es.prodest.npi007.gateway.status;

/** A public incident: active (the component is unavailable) or restored (history). */
public enum IncidentState {
  UNAVAILABLE("Indisponível", "indisponivel"),
  RESTORED("Restabelecido", "ok");

  private final String label;
  private final String cssClass;

  IncidentState(String label, String cssClass) {
    this.label = label;
    this.cssClass = cssClass;
  }

  public String label() {
    return label;
  }

  public String cssClass() {
    return cssClass;
  }
}
