package br.gov.es.prodest.npi007.schemas;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.utils.Utils;

/**
 * One topic of the system: its name, what its key is, which Avro records its values may be,
 * which service writes it, and the settings it is created with.
 *
 * @param name         the topic's name; no other file writes it
 * @param key          what the record key is (always a string id)
 * @param valueTypes   the Avro records a value may be, each in single-object encoding; empty for
 *                     a dead-letter topic, whose values are the original bytes
 * @param writer       the one service that writes the topic
 * @param partitions   partition count at creation
 * @param config       topic-level settings at creation (retention, cleanup)
 */
public record TopicSpec(
    String name,
    String key,
    List<Class<? extends SpecificRecord>> valueTypes,
    String writer,
    int partitions,
    Map<String, String> config) {

  public TopicSpec {
    valueTypes = List.copyOf(valueTypes);
    config = Map.copyOf(config);
  }

  /**
   * The topic as a service declares it at start-up (declaring is idempotent). Replication is the
   * broker's default, so one setting fits a single node and a cluster.
   */
  public NewTopic newTopic() {
    return newTopic(Map.of());
  }

  /** As {@link #newTopic()}, with some settings given by the operator instead (e.g. a retention). */
  public NewTopic newTopic(Map<String, String> overrides) {
    Map<String, String> settings = new java.util.HashMap<>(config);
    settings.putAll(overrides);
    return new NewTopic(name, Optional.of(partitions), Optional.empty()).configs(settings);
  }

  /**
   * The partition a record keyed by {@code key} lands on: what the producer's default partitioner
   * (and Kafka Streams' repartitioning) does with the key's UTF-8 bytes, given the topic was created
   * with {@link #partitions()}.
   */
  public int partitionOf(String key) {
    return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
  }

  /**
   * An id derived from {@code seed} alone that lands on {@code partition} of this topic: the first of
   * {@code seed/0}, {@code seed/1}, … (name-based UUIDs) that does (a retry with the same seed names
   * the same id); about one in every partition-count candidates does. Bounded, so a broken
   * partitioner fails loudly: with 6 partitions, (5/6)^1000 that no candidate fits.
   */
  public String idOn(int partition, String seed) {
    for (int candidate = 0; candidate < 1000; candidate++) {
      String id = UUID.nameUUIDFromBytes((seed + "/" + candidate).getBytes(StandardCharsets.UTF_8)).toString();
      if (partitionOf(id) == partition) {
        return id;
      }
    }
    throw new IllegalStateException("nenhum id na partição " + partition + " de " + name + " a partir de " + seed);
  }

  /**
   * Decodes a value read from this topic: a record of one of the types it carries.
   *
   * @throws UndecodableRecordException for bytes that are no known record, or for a record that does
   *                                    not travel on this topic (a valid record on the wrong topic is
   *                                    poison too, and goes to the reader's dead letters)
   */
  public SpecificRecord decode(byte[] value) {
    SpecificRecord record = AvroCodec.instance().decode(value);
    if (!valueTypes.contains(record.getClass())) {
      throw new UndecodableRecordException(
          "registro " + record.getSchema().getName() + " não pertence ao tópico " + name);
    }
    return record;
  }

  /** True for a dead-letter topic: values are the undecodable or refused input, headers say why. */
  public boolean isDeadLetter() {
    return valueTypes.isEmpty();
  }
}
