package br.gov.es.prodest.npi007.gateway.command;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.gateway.idempotency.IdempotencyKeys;
import br.gov.es.prodest.npi007.gateway.idempotency.RequestIdentity;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.stereotype.Component;

/**
 * Sends a command from an API request to the service that owns its aggregate, for every aggregate
 * alike (incidents, maintenances, notifications): the command id, and the id of an aggregate the
 * command opens, come from the request's {@code Idempotency-Key} (or are new), {@code If-Match}
 * becomes its expected version, and a refusal comes back as a problem document.
 */
@Component
public class AggregateCommands {

  private final CommandMetadataFactory metadata;
  private final IdempotencyKeys idempotencyKeys;

  public AggregateCommands(CommandMetadataFactory metadata, IdempotencyKeys idempotencyKeys) {
    this.metadata = metadata;
    this.idempotencyKeys = idempotencyKeys;
  }

  /** What a key's first request is remembered by: the request and the version it was conditional on. */
  record Fingerprint(Object request, Long expectedVersion) {
  }

  /**
   * Sends a command that opens an aggregate, whose id the gateway chooses: derived from the
   * {@code Idempotency-Key}, so that a retry names the same aggregate.
   *
   * @param operation names the operation, e.g. {@code report-incident}
   * @param request   what makes two requests the same: the validated body
   * @param placement the new aggregate's id from a seed derived from the key: where the aggregate
   *                  lives (e.g. an incident on its component's partition), the same for a retry
   * @param command   builds the command from its metadata and the new aggregate's id
   * @return the accepted result; its {@code aggregateId} is the aggregate addressed. A bad or reused key
   *         is thrown at once; a refusal or an unavailable service completes the future with the problem
   */
  public CompletableFuture<CommandResult> open(CommandChannel channel, String operation, Object request, CurrentUser user,
      String idempotencyKey, UnaryOperator<String> placement, BiFunction<CommandMetadata, String, SpecificRecord> command) {
    RequestIdentity ids = idempotencyKeys.identify(user.name(), idempotencyKey, operation, request);
    String aggregateId = placement.apply(ids.newAggregateId().toString());
    CommandMetadata commandMetadata = metadata.fromApi(ids.commandId(), user);
    return channel.send(aggregateId, command.apply(commandMetadata, aggregateId)).thenApply(CommandResults::requireAccepted);
  }

  /**
   * Sends a command on an existing aggregate.
   *
   * @param operation names the operation, e.g. {@code triage-incident}
   * @param request   what makes two requests the same: the validated body, or its normalised form
   * @return the accepted result (see {@link #open} for how problems arrive)
   */
  public CompletableFuture<CommandResult> send(CommandChannel channel, String aggregateId, String operation, Object request,
      CurrentUser user, CommandConditions conditions, Function<CommandMetadata, SpecificRecord> command) {
    // keys are scoped to the aggregate too: one key may serve the same operation on two aggregates
    RequestIdentity ids = idempotencyKeys.identify(user.name(), conditions.idempotencyKey(),
        operation + "/" + aggregateId, new Fingerprint(request, conditions.expectedVersion()));
    CommandMetadata commandMetadata = metadata.fromApi(ids.commandId(), user, conditions.expectedVersion());
    return channel.send(aggregateId, command.apply(commandMetadata)).thenApply(CommandResults::requireAccepted);
  }
}
