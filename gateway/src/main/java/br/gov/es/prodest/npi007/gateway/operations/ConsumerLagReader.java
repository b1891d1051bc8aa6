package br.gov.es.prodest.npi007.gateway.operations;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.GroupType;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads, with the Admin client only, how far each of our consumer groups is behind: for every
 * partition it has committed, end offset minus committed offset, summed per topic. No consumer
 * of the group needs to run, so a group that is down still shows the work waiting for it.
 *
 * <p>The end offset is read READ_COMMITTED (the last stable offset): our producers are
 * transactional, and records of a transaction still open are not work a read_committed consumer
 * can do yet. Lag is counted in offsets, as Kafka's own tools do: a transaction's commit marker
 * takes one, so a group stopped right behind one shows 1 until it polls again.
 */
final class ConsumerLagReader {

  /** One group's lag on one topic. */
  record Lag(String group, String topic, long offsets) {
  }

  /** The reply groups are per gateway instance (a random suffix): one left by a stopped instance is not work. */
  static final String EPHEMERAL_REPLY_GROUPS = "npi007-gateway-replies-";

  private final Admin admin;
  private final String groupPrefix;
  private final long timeoutMillis;

  ConsumerLagReader(Admin admin, String groupPrefix, long timeoutMillis) {
    this.admin = admin;
    this.groupPrefix = groupPrefix;
    this.timeoutMillis = timeoutMillis;
  }

  Collection<Lag> read() throws InterruptedException, ExecutionException, TimeoutException {
    Map<String, ListConsumerGroupOffsetsSpec> groups = admin.listGroups().all()
        .get(timeoutMillis, TimeUnit.MILLISECONDS).stream()
        .filter(this::counted)
        .collect(Collectors.toMap(GroupListing::groupId, group -> new ListConsumerGroupOffsetsSpec()));
    if (groups.isEmpty()) {
      return java.util.List.of();
    }
    Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = admin.listConsumerGroupOffsets(groups).all()
        .get(timeoutMillis, TimeUnit.MILLISECONDS);
    Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
    committed.values().forEach(offsets -> offsets.keySet().forEach(p -> partitions.put(p, OffsetSpec.latest())));
    Map<TopicPartition, Long> ends = new HashMap<>();
    admin.listOffsets(partitions, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
        .get(timeoutMillis, TimeUnit.MILLISECONDS)
        .forEach((partition, info) -> ends.put(partition, info.offset()));
    Map<String, Lag> lags = new TreeMap<>();
    committed.forEach((group, offsets) -> offsets.forEach((partition, offset) -> {
      Long end = ends.get(partition);
      if (offset == null || end == null) {
        return; // nothing committed on this partition yet, or the topic is gone
      }
      long behind = Math.max(0, end - offset.offset());
      lags.merge(group + '\u0000' + partition.topic(), new Lag(group, partition.topic(), behind),
          (a, b) -> new Lag(a.group(), a.topic(), a.offsets() + b.offsets()));
    }));
    return lags.values();
  }

  private boolean counted(GroupListing group) {
    if (!group.groupId().startsWith(groupPrefix)) {
      return false;
    }
    Optional<GroupType> type = group.type();
    // share groups have no committed offsets; our Streams apps use the classic protocol (KIP-1071's
    // streams groups would need listStreamsGroupOffsets)
    if (type.isPresent() && type.get() != GroupType.CLASSIC && type.get() != GroupType.CONSUMER) {
      return false;
    }
    if (group.groupId().startsWith(EPHEMERAL_REPLY_GROUPS)) {
      return group.groupState().map(state -> state != GroupState.EMPTY && state != GroupState.DEAD).orElse(true);
    }
    return true;
  }
}
