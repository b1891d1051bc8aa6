package br.gov.es.prodest.npi007.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.aggregate.CommandRejected.Kind;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The checks before an aggregate's own rules, on a toy counter: a retry, a reused key, a stale version. */
class CommandChecksTest {

  private static final AggregateName COUNTER = new AggregateName("COUNTER", "o", "contador");
  private static final Actor TEAM = new Actor("ana", Role.TEAM, "PRODEST");

  record Add(String commandId, long amount, Long expectedVersion) implements Command {

    @Override
    public String correlationId() {
      return "corr-" + commandId;
    }

    @Override
    public Instant issuedAt() {
      return Instant.parse("2026-12-05T12:00:00Z");
    }

    @Override
    public Actor actor() {
      return TEAM;
    }

    @Override
    public Origin origin() {
      return Origin.API;
    }

    @Override
    public String aggregateId() {
      return "c-1";
    }
  }

  record Added(Envelope envelope, long amount) implements Event {
  }

  record Counter(long version, Map<String, Long> appliedAmounts) implements AggregateState {

    @Override
    public boolean applied(String commandId) {
      return appliedAmounts.containsKey(commandId);
    }
  }

  private static Decision<Added> decide(Add add, Counter counter) {
    return CommandChecks.first(COUNTER, add, counter,
        () -> counter.appliedAmounts().get(add.commandId()) == add.amount(), Decision::<Added>retry)
        .orElseGet(() -> Decision.accepted(new Added(Envelope.causedBy(add, counter.version() + 1), add.amount())));
  }

  private static final Counter AFTER_ONE = new Counter(1, Map.of("cmd-1", 5L));

  @Test
  void a_new_command_goes_on_to_the_rules() {
    assertThat(CommandChecks.first(COUNTER, new Add("cmd-2", 3, null), AFTER_ONE, () -> false, Decision::<Added>retry))
        .isEqualTo(Optional.empty());
    Added added = Decisions.onlyEvent(decide(new Add("cmd-2", 3, 1L), AFTER_ONE), Added.class);
    assertThat(added.envelope().eventId()).isEqualTo(EventIds.causedBy("cmd-2", 2));
    assertThat(added.envelope().aggregateId()).isEqualTo("c-1");
  }

  @Test
  void the_same_command_again_is_answered_as_it_was() {
    assertThat(Decisions.events(decide(new Add("cmd-1", 5, null), AFTER_ONE))).isEmpty();
  }

  @Test
  void the_same_id_with_other_content_is_a_reused_key() {
    CommandRejected rejected = Decisions.assertRejected(decide(new Add("cmd-1", 7, null), AFTER_ONE),
        Kind.RULE_VIOLATED, "IDEMPOTENCY_KEY_REUSED");
    assertThat(rejected.detail()).contains("contador c-1");
  }

  @Test
  void a_command_expecting_another_version_is_a_conflict() {
    CommandRejected rejected = Decisions.assertRejected(decide(new Add("cmd-2", 3, 7L), AFTER_ONE),
        Kind.CONFLICT, "VERSION_MISMATCH");
    assertThat(rejected.detail()).isEqualTo(
        "O contador c-1 está na versão 1, não na versão 7 esperada; consulte-o novamente.");
  }

  @Test
  void event_ids_derive_from_what_caused_them() {
    assertThat(EventIds.causedBy("cmd-1", 1)).isEqualTo(EventIds.named("cmd-1", "1"))
        .isNotEqualTo(EventIds.causedBy("cmd-1", 2));
    // The ids events already carry on the topics: a name-based UUID of the parts joined by "/".
    assertThat(EventIds.named("delivered", "e-1"))
        .isEqualTo(UUID.nameUUIDFromBytes("delivered/e-1".getBytes(StandardCharsets.UTF_8)).toString());
  }
}
