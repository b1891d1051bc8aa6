package br.gov.es.prodest.npi007.schemas;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde of our Avro records in single-object encoding. Deserializing bytes that are not a
 * known record throws {@link UndecodableRecordException}; consumers route such records to their
 * dead-letter topic.
 */
public final class AvroSerde implements Serde<SpecificRecord> {

  private final AvroCodec codec = AvroCodec.instance();

  @Override
  public Serializer<SpecificRecord> serializer() {
    return (topic, record) -> record == null ? null : codec.encode(record);
  }

  @Override
  public Deserializer<SpecificRecord> deserializer() {
    return (topic, bytes) -> bytes == null ? null : codec.decode(bytes);
  }

  /** For client configuration by class name ({@code value.serializer}). */
  public static final class AvroSerializer implements Serializer<SpecificRecord> {
    private final Serializer<SpecificRecord> delegate = new AvroSerde().serializer();

    @Override
    public byte[] serialize(String topic, SpecificRecord record) {
      return delegate.serialize(topic, record);
    }
  }

  /** For client configuration by class name ({@code value.deserializer}). */
  public static final class AvroDeserializer implements Deserializer<SpecificRecord> {
    private final Deserializer<SpecificRecord> delegate = new AvroSerde().deserializer();

    @Override
    public SpecificRecord deserialize(String topic, byte[] bytes) {
      return delegate.deserialize(topic, bytes);
    }
  }
}
