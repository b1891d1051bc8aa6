package br.gov.es.prodest.npi007.gateway.command;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** What every command from the public API carries: its id, who sent it, and when the edge accepted it. */
@Component
public class CommandMetadataFactory {

  private final Clock clock;

  public CommandMetadataFactory(Clock clock) {
    this.clock = clock;
  }

  /** An API request starts its own chain: the correlation id is the command's id. */
  public CommandMetadata fromApi(UUID commandId, CurrentUser user) {
    return fromApi(commandId, user, null);
  }

  /**
   * @param expectedVersion the aggregate version the caller saw ({@code If-Match}), or null to apply
   *                        the command to whatever version is current
   */
  public CommandMetadata fromApi(UUID commandId, CurrentUser user, Long expectedVersion) {
    return CommandMetadata.newBuilder()
        .setCommandId(commandId.toString())
        .setCorrelationId(commandId.toString())
        .setIssuedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
        .setActor(Actor.newBuilder()
            .setUserId(user.name())
            .setRole(Role.valueOf(user.role().name()))
            .setOrgan(user.organ())
            .setSubject(user.subject())
            .build())
        .setOrigin(Origin.API)
        .setExpectedVersion(expectedVersion)
        .build();
  }
}
