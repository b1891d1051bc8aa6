package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import br.gov.es.prodest.npi007.maintenance.application.MaintenanceRegister;
import br.gov.es.prodest.npi007.maintenance.domain.Policy;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.StreamsBuilderFactoryBean;

/**
 * The policy and clock of maintenances, the register and the replay of the maintenance events that
 * keeps it current, and what the processor and the readiness take from them.
 */
@Configuration(proxyBeanMethods = false)
public class MaintenanceKafkaWiring {

  /** The wall clock; tests declare a {@code @Primary} clock of their own to run in simulated time. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  /** NPI007_MAINTENANCE_MIN_NOTICE and NPI007_MAINTENANCE_REMINDERS (ISO-8601 or "24h"; reminders comma-separated). */
  @Bean
  Policy maintenancePolicy(@Value("${npi007.maintenance.min-notice}") String minimumNotice,
      @Value("${npi007.maintenance.reminders}") String reminders) {
    List<Duration> leads = Arrays.stream(reminders.split(",")).map(String::strip).filter(lead -> !lead.isEmpty())
        .map(DurationStyle::detectAndParse).toList();
    return new Policy(DurationStyle.detectAndParse(minimumNotice.strip()), leads);
  }

  @Bean
  MaintenanceRegister maintenanceRegister(Policy policy) {
    return new MaintenanceRegister(policy);
  }

  @Bean
  TopicReplay maintenanceRegisterReplay(KafkaProperties kafka, MaintenanceRegister register) {
    AvroCodec codec = AvroCodec.instance();
    return new TopicReplay("Registro de manutenções", Topics.MAINTENANCE_EVENTS, kafka.buildConsumerProperties(),
        record -> register.apply(MaintenanceAvroMapper.toEvent(codec.decode(record.value()))));
  }

  @Bean
  MaintenanceProcessing maintenanceProcessing(Clock clock, Policy policy, MaintenanceRegister register,
      TopicReplay maintenanceRegisterReplay, @Value("${npi007.maintenance.timer-interval}") String timerInterval) {
    return new MaintenanceProcessing(clock, policy, new RegisterOpenWindows(register, maintenanceRegisterReplay),
        DurationStyle.detectAndParse(timerInterval.strip()));
  }

  @Bean
  MaintenanceServiceReadiness maintenanceServiceReadiness(StreamsBuilderFactoryBean streams,
      TopicReplay maintenanceRegisterReplay) {
    return new MaintenanceServiceReadiness(streams, maintenanceRegisterReplay);
  }
}
