package br.gov.es.prodest.npi007.incident;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The incident-service: the incident aggregate (commands to events) and its read models. */
@SpringBootApplication
public class IncidentServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(IncidentServiceApplication.class, args);
  }
}
