package br.gov.es.prodest.npi007.aggregate;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The checks every command passes before its aggregate's own rules, in this order (CONTRACTS.md,
 * "Idempotency" and "Versions"): a command applied before is answered as it was when it repeats
 * the applied one, and refused as a reused Idempotency-Key when it does not; then a command that
 * expects another version than the aggregate's is refused.
 */
public final class CommandChecks {

  private CommandChecks() {
  }

  /**
   * The decision these checks make, or empty when the command goes on to the aggregate's rules.
   *
   * @param repeats  whether the command repeats the one applied under its id (asked only then)
   * @param repeated the answer to a repetition (asked only then), e.g. {@link Decision#retry()}
   */
  public static <E extends Event> Optional<Decision<E>> first(AggregateName name, Command command,
      AggregateState state, BooleanSupplier repeats, Supplier<Decision<E>> repeated) {
    if (state.applied(command.commandId())) {
      return Optional.of(repeats.getAsBoolean() ? repeated.get()
          : Decision.rejected(CommonRejections.idempotencyKeyReused(name, command.aggregateId())));
    }
    Long expected = command.expectedVersion();
    if (expected != null && expected != state.version()) {
      return Optional.of(Decision.rejected(
          CommonRejections.versionMismatch(name, command.aggregateId(), state.version(), expected)));
    }
    return Optional.empty();
  }
}
