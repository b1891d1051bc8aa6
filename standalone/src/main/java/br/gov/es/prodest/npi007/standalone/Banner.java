package br.gov.es.prodest.npi007.standalone;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** What the person who ran {@code ./npi007 up} needs to know once everything is UP. */
final class Banner {

  private static final String RULE = "=".repeat(72);

  private Banner() {
  }

  /**
   * @param generatedPassword the password, when this start generated it; empty when it came from
   *     NPI007_STANDALONE_PASSWORD (then it is not printed)
   */
  static String text(String gatewayUrl, Optional<String> generatedPassword, Path dataDir,
      Duration startup) {
    String password = generatedPassword
        .map(p -> p + "  (gerada nesta execução; defina NPI007_STANDALONE_PASSWORD para fixá-la)")
        .orElse("a definida em NPI007_STANDALONE_PASSWORD");
    return String.join(System.lineSeparator(),
        RULE,
        String.format(Locale.ROOT, "  NPI-007 pronto em %.1f s", startup.toMillis() / 1000.0)
            .replace('.', ','),
        "",
        "  Gateway:   " + gatewayUrl,
        "  Usuários:  team, ascom, management, admin, integration e",
        "             notifier-<órgão> (um por órgão, em minúsculas; ex.: notifier-sesa)",
        "  Senha:     " + password,
        "  Dados:     " + dataDir,
        "",
        "  Ctrl-C encerra tudo.",
        RULE);
  }
}
