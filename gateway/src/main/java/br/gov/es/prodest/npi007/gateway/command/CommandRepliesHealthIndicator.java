package br.gov.es.prodest.npi007.gateway.command;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.kafka.requestreply.ReplyingKafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * UP once the reply consumer has its partitions and has polled: from then on, no result of a
 * command sent by this instance can be missed (the consumer starts at the end of the topic).
 */
@Component("commandReplies")
class CommandRepliesHealthIndicator implements HealthIndicator {

  private final ReplyingKafkaTemplate<String, byte[], CommandResult> template;

  CommandRepliesHealthIndicator(ReplyingKafkaTemplate<String, byte[], CommandResult> template) {
    this.template = template;
  }

  @Override
  public Health health() {
    try {
      return template.waitForAssignment(Duration.ZERO) ? Health.up().build()
          : Health.down().withDetail("motivo", "consumidor de respostas ainda sem partições").build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.unknown().build();
    }
  }
}
