package br.gov.es.prodest.npi007.maintenance;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The maintenance-service: owner of the maintenance aggregate and its timers (6.5 announcements,
 * reminders, window start and end). In this first version it only runs as a process of the system,
 * connected to Kafka and reporting its health; the aggregate arrives with its own issue.
 */
@SpringBootApplication
public class MaintenanceServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(MaintenanceServiceApplication.class, args);
  }
}
