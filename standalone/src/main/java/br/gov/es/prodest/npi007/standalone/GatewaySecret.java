package br.gov.es.prodest.npi007.standalone;

/**
 * The gateway's secrets (docs/CONTRACTS.md), each taken from its environment variable or, when that
 * is not set, generated on this start and printed once in the banner.
 */
public enum GatewaySecret {
  STANDALONE_PASSWORD("NPI007_STANDALONE_PASSWORD", "Senha", "a definida em", "gerada"),
  WEBHOOK_TOKEN("NPI007_WEBHOOK_TOKEN", "Token dos alertas", "o definido em", "gerado"),
  SERVICE_DESK_SECRET("NPI007_SERVICE_DESK_SECRET", "Chave HMAC das SA", "a definida em", "gerada");

  private final String variable;
  private final String label;
  private final String configuredPhrase;
  private final String generatedWord;

  GatewaySecret(String variable, String label, String configuredPhrase, String generatedWord) {
    this.variable = variable;
    this.label = label;
    this.configuredPhrase = configuredPhrase;
    this.generatedWord = generatedWord;
  }

  /** The environment variable that sets it, for the gateway and for the standalone itself. */
  public String variable() {
    return variable;
  }

  /** Its banner line, in Portuguese: the value when generated, where it comes from otherwise. */
  String bannerLine(String value, boolean generated) {
    String shown = generated
        ? value + "  (" + generatedWord + " nesta execução; defina " + variable + " para fixá-la)"
        : configuredPhrase + " " + variable;
    return String.format("  %-19s%s", label + ":", shown);
  }
}
