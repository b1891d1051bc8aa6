package br.gov.es.prodest.npi007.standalone;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the approved messages go, as the notification-service will read its settings
 * (docs/CONTRACTS.md, "Delivery"), told in the banner: e-mails to an SMTP server or to {@code .eml}
 * files under the data directory, and WhatsApp through which provider.
 */
record DeliveryOutlets(String email, String whatsApp) {

  /**
   * @param setting the value a service starts with for an environment variable (the stack's own
   *                settings over the inherited environment), empty when unset or blank
   */
  static DeliveryOutlets of(Function<String, Optional<String>> setting, Path dataDir) {
    return new DeliveryOutlets(email(setting, dataDir), whatsApp(setting));
  }

  private static String email(Function<String, Optional<String>> setting, Path dataDir) {
    return setting.apply("SPRING_MAIL_HOST")
        .map(host -> "SMTP " + host + ":" + setting.apply("SPRING_MAIL_PORT").orElse("25"))
        .orElse("arquivos .eml em " + dataDir.resolve("notification-service").resolve("mail"));
  }

  private static String whatsApp(Function<String, Optional<String>> setting) {
    String provider = setting.apply("NPI007_WHATSAPP_PROVIDER").orElse("manual");
    return switch (provider) {
      case "cloud-api" -> "WhatsApp Cloud API em "
          + setting.apply("NPI007_WHATSAPP_CLOUD_API_BASE_URL").orElse("https://graph.facebook.com");
      case "evolution-api" -> "Evolution API em "
          + setting.apply("NPI007_EVOLUTION_API_BASE_URL").orElse("(NPI007_EVOLUTION_API_BASE_URL ausente)")
          + setting.apply("NPI007_EVOLUTION_API_INSTANCE").map(instance -> ", instância " + instance).orElse("");
      case "manual" -> "manual: ASCOM publica pelo outbox";
      default -> provider + " (provedor desconhecido em NPI007_WHATSAPP_PROVIDER)";
    };
  }
}
