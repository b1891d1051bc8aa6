package br.gov.es.prodest.npi007.incident;

import br.gov.es.prodest.npi007.processing.ProcessingObservability;
import br.gov.es.prodest.npi007.processing.StaticMembership;
import org.springframework.context.annotation.Import;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The incident-service: the incident aggregate (commands to events) and its read models. */
@SpringBootApplication
@Import({ProcessingObservability.class, StaticMembership.class})
public class IncidentServiceApplication {

  public static void main(String[] args) {
    SpringApplication.run(IncidentServiceApplication.class, args);
  }
}
