package br.gov.es.prodest.npi007.incident.compliance.adapter.config;

import br.gov.es.prodest.npi007.incident.application.IncidentRegister;
import br.gov.es.prodest.npi007.incident.compliance.application.ComplianceView;
import br.gov.es.prodest.npi007.incident.compliance.domain.ComplianceDeadlines;
import br.gov.es.prodest.npi007.incident.messages.application.IncidentMessages;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The compliance view the API and the {@code npi007_compliance_missing} gauge share, with the
 * deadlines of the settings ({@code NPI007_COMPLIANCE_*_DEADLINE}, ISO-8601 durations) and the
 * system clock.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComplianceConfiguration.DeadlineSettings.class)
public class ComplianceConfiguration {

  @Bean
  ComplianceView complianceView(IncidentRegister register, IncidentMessages messages, DeadlineSettings settings) {
    return new ComplianceView(register, messages, settings.deadlines(), Clock.systemUTC());
  }

  /** {@code npi007.compliance.deadlines}: each required message's deadline (ComplianceDeadlines). */
  @ConfigurationProperties("npi007.compliance.deadlines")
  record DeadlineSettings(Duration acknowledgement, Duration verdict, Duration restoration) {

    ComplianceDeadlines deadlines() {
      return new ComplianceDeadlines(acknowledgement, verdict, restoration);
    }
  }
}
