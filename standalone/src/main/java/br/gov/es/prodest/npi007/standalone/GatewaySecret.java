package br.gov.es.prodest.npi007.standalone;

/**
 * The gateway's secrets (docs/CONTRACTS.md), each taken from its environment variable or, when that
 * is not set, generated on this start and printed once in the banner.
 */
public enum GatewaySecret {
  STANDALONE_PASSWORD("NPI007_STANDALONE_PASSWORD", "Senha", Gender.FEMININE),
  WEBHOOK_TOKEN("NPI007_WEBHOOK_TOKEN", "Token dos alertas", Gender.MASCULINE),
  SERVICE_DESK_SECRET("NPI007_SERVICE_DESK_SECRET", "Chave HMAC das SA", Gender.FEMININE);

  /** The banner's words agree with the secret's noun: "a senha … gerada … fixá-la", "o token … gerado … fixá-lo". */
  private enum Gender {
    FEMININE("a definida em", "gerada", "fixá-la"),
    MASCULINE("o definido em", "gerado", "fixá-lo");

    private final String configured;
    private final String generated;
    private final String fix;

    Gender(String configured, String generated, String fix) {
      this.configured = configured;
      this.generated = generated;
      this.fix = fix;
    }
  }

  private final String variable;
  private final String label;
  private final Gender gender;

  GatewaySecret(String variable, String label, Gender gender) {
    this.variable = variable;
    this.label = label;
    this.gender = gender;
  }

  /** The environment variable that sets it, for the gateway and for the standalone itself. */
  public String variable() {
    return variable;
  }

  /** Its banner line, in Portuguese: the value when generated, where it comes from otherwise. */
  String bannerLine(String value, boolean generated) {
    String shown = generated
        ? value + "  (" + gender.generated + " nesta execução; defina " + variable + " para " + gender.fix + ")"
        : gender.configured + " " + variable;
    return Banner.line(label, shown);
  }
}
