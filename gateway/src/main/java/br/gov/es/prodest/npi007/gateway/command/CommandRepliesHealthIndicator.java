package br.gov.es.prodest.npi007.gateway.command;

import java.util.List;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * UP once every command channel's reply consumer has its partitions and has polled: from then on,
 * no result of a command sent by this instance can be missed (the consumers start at the end of
 * their topics).
 */
@Component("commandReplies")
class CommandRepliesHealthIndicator implements HealthIndicator {

  private final List<CommandChannel> channels;

  CommandRepliesHealthIndicator(List<CommandChannel> channels) {
    this.channels = channels;
  }

  @Override
  public Health health() {
    try {
      for (CommandChannel channel : channels) {
        if (!channel.repliesAssigned()) {
          return Health.down().withDetail("motivo", "consumidor de respostas ainda sem partições").build();
        }
      }
      return Health.up().build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Health.unknown().build();
    }
  }
}
