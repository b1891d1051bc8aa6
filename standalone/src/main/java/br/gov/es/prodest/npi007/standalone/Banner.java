package br.gov.es.prodest.npi007.standalone;

import java.time.Duration;
import java.util.Locale;
import java.util.Arrays;
import java.util.List;

/** What the person who ran {@code ./npi007 up} needs to know once everything is UP. */
final class Banner {

  private static final String RULE = "=".repeat(72);

  private Banner() {
  }

  /** Generated secrets are printed here, once; configured ones only by the variable that set them. */
  static String text(StandaloneStack stack, Duration startup) {
    String gatewayUrl = stack.gatewayUrl();
    List<String> secrets = Arrays.stream(GatewaySecret.values())
        .map(secret -> secret.bannerLine(stack.secret(secret), stack.generated(secret)))
        .toList();
    DeliveryOutlets outlets = DeliveryOutlets.of(stack::serviceSetting, stack.dataDir());
    return String.join(System.lineSeparator(),
        RULE,
        String.format(Locale.ROOT, "  NPI-007 pronto em %.1f s", startup.toMillis() / 1000.0)
            .replace('.', ','),
        "",
        line("Gateway", gatewayUrl),
        line("Console", gatewayUrl + "/console"),
        line("Página de status", gatewayUrl + "/status"),
        line("Usuários", "team, ascom, management, admin, integration e"),
        line("", "notifier-<órgão> (um por órgão, em minúsculas; ex.: notifier-sesa)"),
        String.join(System.lineSeparator(), secrets),
        line("Webhooks", gatewayUrl + "/webhooks/alertmanager, /webhooks/alerts, /webhooks/service-desk"),
        line("E-mails", outlets.email()),
        line("WhatsApp", outlets.whatsApp()),
        line("Dados", stack.dataDir().toString()),
        line("Logs", stack.logDir() + " (um arquivo por serviço; npi007.log é o do supervisor)"),
        "",
        "  Ctrl-C encerra tudo.",
        RULE);
  }

  /** One line of the banner: the label in a column wide enough for the longest one. */
  static String line(String label, String value) {
    return String.format("  %-19s%s", label.isEmpty() ? "" : label + ":", value);
  }
}
