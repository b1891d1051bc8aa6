package br.gov.es.prodest.npi007.gateway.status;

/** An announced maintenance (6.5) as the public sees it. */
public enum MaintenanceState {
  SCHEDULED("Programada", "manutencao"),
  IN_PROGRESS("Em andamento", "manutencao"),
  COMPLETED("Concluída", "ok"),
  CANCELLED("Cancelada", "alerta");

  private final String label;
  private final String cssClass;

  MaintenanceState(String label, String cssClass) {
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
