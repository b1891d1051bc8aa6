package br.gov.es.prodest.npi007.notification;

import br.gov.es.prodest.npi007.processing.ProcessingObservability;
import br.gov.es.prodest.npi007.processing.StaticMembership;
import org.springframework.context.annotation.Import;
import br.gov.es.prodest.npi007.notification.replay.ReplayCommand;
import br.gov.es.prodest.npi007.notification.replay.ReplaySettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Projects events into the norm's messages 6.1-6.6 and keeps ASCOM's outbox. */
@SpringBootApplication
@Import({ProcessingObservability.class, StaticMembership.class})
public class NotificationServiceApplication {

  public static void main(String[] args) {
    if (ReplaySettings.requested(args)) {
      // no Spring context: no Streams app, no delivery, no producer (CONTRACTS.md, "Replay")
      System.exit(new ReplayCommand(ReplaySettings.from(args, System.getenv()), System.out).run());
    }
    SpringApplication.run(NotificationServiceApplication.class, args);
  }
}
