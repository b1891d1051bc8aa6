package br.gov.es.prodest.npi007.gateway;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** The only public HTTP door of NPI-007: API, security, problem documents, routing of queries. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

  public static void main(String[] args) {
    SpringApplication.run(GatewayApplication.class, args);
  }

  /** The edge's clock: commands carry the instant they were accepted here. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
