package br.gov.es.prodest.npi007.schemas;

import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.admin.NewTopic;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

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
    return new NewTopic(name, Optional.of(partitions), Optional.empty()).configs(config);
  }

  /** True for a dead-letter topic: values are the undecodable or refused input, headers say why. */
  public boolean isDeadLetter() {
    return valueTypes.isEmpty();
  }
}
