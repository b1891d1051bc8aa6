package br.gov.es.prodest.npi007.notification.status.subscription.application;

import br.gov.es.prodest.npi007.notification.status.subscription.domain.Subscription;
import br.gov.es.prodest.npi007.paging.TimedPosition;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import br.gov.es.prodest.npi007.projection.StoreKey;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The e-mail subscriptions (the compacted topic's latest record of each id) and the mailer's own
 * state, in one {@link ProjectionStore}: the ledger of mails sent (subscription id + mail id) and
 * the position reached in the public feed. The replay writes the subscriptions; the mailer writes
 * its ledger and position (other keys) in its own small batches.
 */
public final class StatusSubscriptions {

  /** The store's layout; a change of the encoding below must change it (the store is then rebuilt). */
  public static final String LAYOUT = "status-subscriptions-v1";

  private static final String SUBSCRIPTIONS = "subscriptions";
  private static final String SENT = "mails-sent";
  private static final byte[] POSITION = StoreKey.of("mailer-position").bytes();

  private final ProjectionStore store;

  public StatusSubscriptions(ProjectionStore store) {
    this.store = store;
  }

  /** The latest record of a subscription, within the replay's write. */
  public void put(ProjectionWrite write, Subscription subscription) {
    write.put(key(subscription.id()), encode(subscription));
  }

  /** A tombstone: the subscription ends and its address is gone from the store. */
  public void end(ProjectionWrite write, String subscriptionId) {
    write.delete(key(subscriptionId));
  }

  public Optional<Subscription> find(String subscriptionId) {
    return Optional.ofNullable(store.get(key(subscriptionId))).map(StatusSubscriptions::decode);
  }

  public List<Subscription> all() {
    try (Stream<ProjectionStore.Entry> entries = store.scan(StoreKey.of(SUBSCRIPTIONS).bytes(), null)) {
      return entries.map(entry -> decode(entry.value())).toList();
    }
  }

  public boolean wasSent(String subscriptionId, String mailId) {
    return store.get(sent(subscriptionId, mailId)) != null;
  }

  public void markSent(String subscriptionId, String mailId) {
    try (ProjectionWrite write = store.newWrite()) {
      write.put(sent(subscriptionId, mailId), new byte[] {1});
      write.commit();
    }
  }

  /** The newest feed entry the mailer has handled, if any. */
  public Optional<TimedPosition> position() {
    byte[] stored = store.get(POSITION);
    if (stored == null) {
      return Optional.empty();
    }
    String[] parts = new String(stored, StandardCharsets.UTF_8).split("\n", 2);
    return Optional.of(new TimedPosition(Instant.parse(parts[0]), parts[1]));
  }

  public void advance(TimedPosition position) {
    try (ProjectionWrite write = store.newWrite()) {
      write.put(POSITION, (position.at() + "\n" + position.id()).getBytes(StandardCharsets.UTF_8));
      write.commit();
    }
  }

  private static byte[] key(String subscriptionId) {
    return StoreKey.of(SUBSCRIPTIONS).text(subscriptionId).bytes();
  }

  private static byte[] sent(String subscriptionId, String mailId) {
    return StoreKey.of(SENT).text(subscriptionId).text(mailId).bytes();
  }

  // one field a line; addresses and slugs never hold a line break (the gateway validates them)
  private static byte[] encode(Subscription subscription) {
    String head = String.join("\n", subscription.id(), subscription.email(), subscription.state().name(),
        subscription.requestedAt().toString());
    return Stream.concat(Stream.of(head), subscription.components().stream())
        .reduce((a, b) -> a + "\n" + b).orElseThrow().getBytes(StandardCharsets.UTF_8);
  }

  private static Subscription decode(byte[] value) {
    String[] lines = new String(value, StandardCharsets.UTF_8).split("\n", -1);
    return new Subscription(lines[0], lines[1], Arrays.asList(lines).subList(4, lines.length),
        Subscription.State.valueOf(lines[2]), Instant.parse(lines[3]));
  }
}
