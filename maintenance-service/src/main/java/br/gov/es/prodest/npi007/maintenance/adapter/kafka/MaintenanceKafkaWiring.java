package br.gov.es.prodest.npi007.maintenance.adapter.kafka;

import br.gov.es.prodest.npi007.processing.ProcessingReadiness;
import br.gov.es.prodest.npi007.processing.ProcessingTelemetry;
import org.springframework.beans.factory.annotation.Qualifier;
import br.gov.es.prodest.npi007.maintenance.application.MaintenanceRegister;
import br.gov.es.prodest.npi007.maintenance.domain.Policy;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import br.gov.es.prodest.npi007.replay.TopicReplay;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.file.Path;
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

  /**
   * The register's store, under {@code npi007.read-models.dir}; closed by Spring after its replay
   * has stopped. Each instance (and each test context) needs a directory of its own.
   */
  @Bean(destroyMethod = "close")
  ProjectionStore maintenanceRegisterStore(@Value("${npi007.read-models.dir}") String readModels,
      @Value("${" + RocksDbBudget.MEMORY_MB + ":}") String memoryMb) {
    return ProjectionStore.open(Path.of(readModels, "maintenance-register"), MaintenanceRegister.LAYOUT,
        RocksDbBudget.of(RocksDbBudget.megabytes(memoryMb)));
  }

  @Bean
  MaintenanceRegister maintenanceRegister(ProjectionStore maintenanceRegisterStore, Policy policy) {
    AvroCodec codec = AvroCodec.instance();
    return new MaintenanceRegister(maintenanceRegisterStore, policy,
        record -> MaintenanceWire.INSTANCE.toEvent(codec.decode(record)));
  }

  /** Feeds the register from where its store stopped; a restart reads only the events written since. */
  @Bean
  TopicReplay maintenanceRegisterReplay(KafkaProperties kafka, ProjectionStore maintenanceRegisterStore,
      MaintenanceRegister register) {
    return TopicReplay.into(maintenanceRegisterStore, "Registro de manutenções", List.of(Topics.MAINTENANCE_EVENTS),
        kafka.buildConsumerProperties(), (record, write) -> register.apply(record.value(), write));
  }

  @Bean
  MaintenanceProcessing maintenanceProcessing(Clock clock, Policy policy, MaintenanceRegister register,
      TopicReplay maintenanceRegisterReplay, @Value("${npi007.maintenance.timer-interval}") String timerInterval,
      ProcessingTelemetry telemetry) {
    return new MaintenanceProcessing(clock, policy, new RegisterOpenWindows(register, maintenanceRegisterReplay),
        DurationStyle.detectAndParse(timerInterval.strip()), telemetry);
  }

  @Bean
  @Qualifier("processingReadiness")
  ProcessingReadiness maintenanceServiceReadiness(StreamsBuilderFactoryBean streams,
      TopicReplay maintenanceRegisterReplay) {
    return new ProcessingReadiness(streams, List.of(maintenanceRegisterReplay));
  }
}
