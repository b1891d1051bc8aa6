package br.gov.es.prodest.npi007.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryOutletsTest {

  private static final Path DATA = Path.of("/var/lib/npi007");

  @Test
  void withoutSettingsEmailsAreFilesUnderTheDataDirectoryAndAscomPostsWhatsAppByHand() {
    DeliveryOutlets outlets = outlets(Map.of());

    assertThat(outlets.email()).isEqualTo("arquivos .eml em /var/lib/npi007/notification-service/mail");
    assertThat(outlets.whatsApp()).isEqualTo("manual: ASCOM publica pelo outbox");
  }

  @Test
  void anSmtpHostAndACloudApiAreNamed() {
    DeliveryOutlets outlets = outlets(Map.of("SPRING_MAIL_HOST", "smtp.prodest.es.gov.br",
        "NPI007_WHATSAPP_PROVIDER", "cloud-api"));

    assertThat(outlets.email()).isEqualTo("SMTP smtp.prodest.es.gov.br:25");
    assertThat(outlets.whatsApp()).isEqualTo("WhatsApp Cloud API em https://graph.facebook.com");
  }

  @Test
  void anEvolutionApiIsNamedWithItsInstanceAndAnUnknownProviderIsFlagged() {
    assertThat(outlets(Map.of("SPRING_MAIL_HOST", "mailpit", "SPRING_MAIL_PORT", "1025",
        "NPI007_WHATSAPP_PROVIDER", "evolution-api", "NPI007_EVOLUTION_API_BASE_URL", "http://evo:8080",
        "NPI007_EVOLUTION_API_INSTANCE", "prodest")))
        .isEqualTo(new DeliveryOutlets("SMTP mailpit:1025", "Evolution API em http://evo:8080, instância prodest"));
    assertThat(outlets(Map.of("NPI007_WHATSAPP_PROVIDER", "telegram")).whatsApp())
        .isEqualTo("telegram (provedor desconhecido em NPI007_WHATSAPP_PROVIDER)");
  }

  private static DeliveryOutlets outlets(Map<String, String> env) {
    return DeliveryOutlets.of(name -> Optional.ofNullable(env.get(name)), DATA);
  }
}
