package br.gov.es.prodest.npi007.gateway.status;

/**
 * A public component's state now (issue 12): what the page says in words, and the etiqueta class
 * that colours it; colour is never the only signal. Declared from best to worst, so that the
 * overall state is the greatest of the components'.
 */
public enum ComponentState {
  OPERATIONAL("Operacional", "ok", "Todos os serviços operando normalmente"),
  UNDER_MAINTENANCE("Em manutenção", "manutencao", "Serviços em manutenção"),
  UNAVAILABLE("Indisponível", "indisponivel", "Serviços indisponíveis");

  private final String label;
  private final String cssClass;
  private final String banner;

  ComponentState(String label, String cssClass, String banner) {
    this.label = label;
    this.cssClass = cssClass;
    this.banner = banner;
  }

  public String label() {
    return label;
  }

  public String cssClass() {
    return cssClass;
  }

  /** The overall banner's sentence when this is the worst state of the public components. */
  public String banner() {
    return banner;
  }
}
