package br.gov.es.prodest.npi007.notification.delivery.adapter.provider;

import br.gov.es.prodest.npi007.delivery.DeliveryAdapter;
import br.gov.es.prodest.npi007.delivery.mail.EmlFileAdapter;
import br.gov.es.prodest.npi007.delivery.mail.SmtpAdapter;
import br.gov.es.prodest.npi007.delivery.mail.SmtpSettings;
import br.gov.es.prodest.npi007.delivery.whatsapp.EvolutionApiAdapter;
import br.gov.es.prodest.npi007.delivery.whatsapp.EvolutionApiSettings;
import br.gov.es.prodest.npi007.delivery.whatsapp.WhatsAppCloudApiAdapter;
import br.gov.es.prodest.npi007.delivery.whatsapp.WhatsAppCloudApiSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The providers the settings choose (CONTRACTS.md, "Targets"): the WhatsApp Cloud API or an
 * Evolution API (none for {@code manual}); SMTP when {@code SPRING_MAIL_HOST} is set, else .eml
 * files under {@code <NPI007_DATA_DIR>/notification-service/mail} (never dropped).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "npi007.delivery.shipped-adapters", havingValue = "true", matchIfMissing = true)
public class ProviderAdapters {

  @Bean
  @ConditionalOnProperty(name = "npi007.whatsapp.provider", havingValue = "cloud-api")
  DeliveryAdapter whatsAppCloudApi(@Value("${npi007.whatsapp.cloud-api.base-url}") URI baseUrl,
      @Value("${npi007.whatsapp.cloud-api.version}") String version,
      @Value("${npi007.whatsapp.cloud-api.phone-number-id}") String phoneNumberId,
      @Value("${npi007.whatsapp.cloud-api.token}") String token,
      @Value("${npi007.whatsapp.cloud-api.recipient-type}") String recipientType,
      @Value("${npi007.delivery.timeout}") Duration timeout) {
    return new WhatsAppCloudApiAdapter(new WhatsAppCloudApiSettings(baseUrl, version, phoneNumberId, token,
        recipientType, timeout));
  }

  @Bean
  @ConditionalOnProperty(name = "npi007.whatsapp.provider", havingValue = "evolution-api")
  DeliveryAdapter evolutionApi(@Value("${npi007.whatsapp.evolution-api.base-url}") URI baseUrl,
      @Value("${npi007.whatsapp.evolution-api.instance}") String instance,
      @Value("${npi007.whatsapp.evolution-api.api-key}") String apiKey,
      @Value("${npi007.delivery.timeout}") Duration timeout) {
    return new EvolutionApiAdapter(new EvolutionApiSettings(baseUrl, instance, apiKey, timeout));
  }

  @Bean
  @ConditionalOnExpression("'${spring.mail.host:}' != ''")
  DeliveryAdapter smtp(@Value("${spring.mail.host}") String host, @Value("${spring.mail.port:25}") int port,
      @Value("${spring.mail.username:}") String username, @Value("${spring.mail.password:}") String password,
      @Value("${npi007.mail-from}") String from,
      @Value("${spring.mail.properties.mail.smtp.starttls.enable:false}") boolean startTls,
      @Value("${npi007.delivery.timeout}") Duration timeout) {
    return new SmtpAdapter(new SmtpSettings(host, port, blankToNull(username), blankToNull(password), from, startTls,
        timeout));
  }

  @Bean
  @ConditionalOnExpression("'${spring.mail.host:}' == ''")
  DeliveryAdapter emlFiles(@Value("${npi007.data-dir}") Path dataDir, @Value("${npi007.mail-from}") String from) {
    return new EmlFileAdapter(dataDir.resolve("notification-service").resolve("mail"), from);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
