package br.gov.es.prodest.npi007.processing;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;

/** The pieces of the services' topologies: a topic into a routing step, a lane out of it, a repartition. */
public final class Lanes {

  private static final Serde<byte[]> BYTES = Serdes.ByteArray();

  private Lanes() {
  }

  /** The topic's records (byte keys and values), each routed by the named processor. */
  public static KStream<byte[], Routed> from(StreamsBuilder builder, TopicSpec topic,
      ProcessorSupplier<byte[], byte[], byte[], Routed> processor, String name) {
    return builder.stream(topic.name(), Consumed.with(BYTES, BYTES).withName(name + "-source"))
        .process(processor, Named.as(name));
  }

  /** The records routed to one lane, as plain bytes. */
  public static <K> KStream<K, byte[]> lane(KStream<K, Routed> stream, Routed.Lane lane) {
    return stream.filter((key, routed) -> routed.lane() == lane).mapValues(Routed::value);
  }

  /**
   * The records bound for a dead-letter topic, each counted ({@code npi007.dead.letters}) as it
   * passes, in the task's transaction: a count repeats only if the transaction aborts and is retried.
   */
  public static <K, V> KStream<K, V> countedDeadLetters(KStream<K, V> deadLetters, TopicSpec topic,
      ProcessingMeters meters) {
    return deadLetters.peek((key, value) -> meters.deadLettered(topic.name()));
  }

  /** A named repartition topic with as many partitions as the topic whose keys it shares. */
  public static Repartitioned<byte[], byte[]> by(String name, TopicSpec partitionedLike) {
    return Repartitioned.with(BYTES, BYTES).withName(name).withNumberOfPartitions(partitionedLike.partitions());
  }
}
