package br.gov.es.prodest.npi007.maintenance;

import br.gov.es.prodest.npi007.processing.ProcessingObservability;
import br.gov.es.prodest.npi007.processing.StaticMembership;
import org.springframework.context.annotation.Import;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The maintenance-service: owner of the maintenance aggregate (request, reschedule, cancel,
 * completion, 6.5 announcements recorded from the deliveries) and of its timers (reminders, the
 * window's start and end), with the internal query API over its register.
 */
@SpringBootApplication
@Import({ProcessingObservability.class, StaticMembership.class})
public class MaintenanceServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(MaintenanceServiceApplication.class, args);
  }
}
