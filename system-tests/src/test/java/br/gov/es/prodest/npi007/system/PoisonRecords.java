package br.gov.es.prodest.npi007.system;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.organ.OrganUpdated;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.RandomData;

/**
 * Records no reader of a topic can take, from a fixed seed: random bytes, a record of the topic's
 * own type cut in half, and a whole, valid record of a type that does not travel on that topic.
 */
final class PoisonRecords {

  /** One poison record; its key is unique, so it can be found again among the dead letters. */
  record Poison(TopicSpec topic, String kind, String key, byte[] value) {
    @Override
    public String toString() {
      return kind + " em " + topic.name();
    }
  }

  private final long seed;
  private final Random random;

  PoisonRecords(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
  }

  List<Poison> forTopic(TopicSpec topic) {
    List<Poison> poisons = new ArrayList<>();
    byte[] noise = new byte[64];
    random.nextBytes(noise);
    poisons.add(poison(topic, "bytes aleatórios", noise));
    byte[] whole = randomRecord(SpecificData.get().getSchema(topic.valueTypes().get(0)));
    poisons.add(poison(topic, "Avro truncado", Arrays.copyOf(whole, Math.max(11, whole.length / 2))));
    Class<? extends SpecificRecord> stranger = topic.valueTypes().contains(OrganUpdated.class)
        ? CommandResult.class : OrganUpdated.class;
    poisons.add(poison(topic, "registro válido de outro tipo (" + stranger.getSimpleName() + ")",
        randomRecord(SpecificData.get().getSchema(stranger))));
    return poisons;
  }

  private Poison poison(TopicSpec topic, String kind, byte[] value) {
    String key = UUID.nameUUIDFromBytes(("hostil/" + seed + "/" + topic.name() + "/" + kind)
        .getBytes(StandardCharsets.UTF_8)).toString();
    return new Poison(topic, kind, key, value);
  }

  /** A record of the schema with random content, in single-object encoding (as every topic carries). */
  private byte[] randomRecord(Schema schema) {
    GenericRecord record = (GenericRecord) new RandomData(schema, 1, random.nextLong()).iterator().next();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      new BinaryMessageEncoder<GenericRecord>(GenericData.get(), schema).encode(record, out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
