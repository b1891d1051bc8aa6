package br.gov.es.prodest.npi007.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro single-object encoding of our records (marker {@code C3 01}, the writer schema's 64-bit
 * fingerprint, then the binary body). A reader resolves the fingerprint against every released
 * version of every message schema, so events written by any released version stay readable, and
 * a topic may carry several record types. Thread-safe.
 */
public final class AvroCodec {

  private static final byte[] MARKER = {(byte) 0xC3, (byte) 0x01};
  private static final int HEADER_LENGTH = MARKER.length + Long.BYTES;
  private static final String GENERATED_PACKAGE = "br.gov.es.prodest.npi007.avro.";

  static {
    // Avro 1.12 refuses to instantiate generated classes of packages it does not trust.
    ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
        ClassSecurityValidator.getGlobal(),
        type -> type.getName().startsWith(GENERATED_PACKAGE)));
  }

  private static final AvroCodec INSTANCE = new AvroCodec(Topics.recordTypes(), ReleasedSchemas::of);

  private final Map<Long, Schema> writerSchemas = new HashMap<>();
  private final Map<String, BinaryMessageDecoder<SpecificRecord>> decoders = new HashMap<>();
  private final Map<Class<?>, BinaryMessageEncoder<SpecificRecord>> encoders = new HashMap<>();

  AvroCodec(List<Class<? extends SpecificRecord>> types, Function<String, List<Schema>> releasedVersions) {
    SchemaStore.Cache store = new SchemaStore.Cache();
    for (Class<? extends SpecificRecord> type : types) {
      Schema current = SpecificData.get().getSchema(type);
      for (Schema released : releasedVersions.apply(current.getFullName())) {
        store.addSchema(released);
        writerSchemas.put(SchemaNormalization.parsingFingerprint64(released), released);
      }
      store.addSchema(current);
      writerSchemas.put(SchemaNormalization.parsingFingerprint64(current), current);
      SpecificData model = SpecificData.getForClass(type);
      decoders.put(current.getFullName(), new BinaryMessageDecoder<>(model, current, store));
      encoders.put(type, new BinaryMessageEncoder<>(model, current));
    }
  }

  /** The codec of every record in the catalogue: messages and store records. */
  public static AvroCodec instance() {
    return INSTANCE;
  }

  public byte[] encode(SpecificRecord record) {
    BinaryMessageEncoder<SpecificRecord> encoder = encoders.get(record.getClass());
    if (encoder == null) {
      throw new IllegalArgumentException(record.getClass().getName() + " is in no catalogue (Topics, StoreRecords)");
    }
    try {
      return encoder.encode(record).array();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Decodes any known record, written by any released version of its schema. */
  public SpecificRecord decode(byte[] bytes) {
    Schema writer = writerSchemaOf(bytes);
    try {
      return decoders.get(writer.getFullName()).decode(bytes);
    } catch (IOException | RuntimeException e) {
      throw new UndecodableRecordException("corpo Avro inválido para " + writer.getFullName() + ": " + e.getMessage(), e);
    }
  }

  /** Decodes a record that must be of the given type. */
  public <T extends SpecificRecord> T decode(byte[] bytes, Class<T> type) {
    SpecificRecord record = decode(bytes);
    if (!type.isInstance(record)) {
      throw new UndecodableRecordException("esperado " + type.getSimpleName() + ", recebido " + record.getSchema().getName());
    }
    return type.cast(record);
  }

  private Schema writerSchemaOf(byte[] bytes) {
    if (bytes == null || bytes.length < HEADER_LENGTH || bytes[0] != MARKER[0] || bytes[1] != MARKER[1]) {
      throw new UndecodableRecordException("não é um registro Avro de objeto único (marcador C3 01 ausente)");
    }
    long fingerprint = ByteBuffer.wrap(bytes, MARKER.length, Long.BYTES).order(ByteOrder.LITTLE_ENDIAN).getLong();
    Schema writer = writerSchemas.get(fingerprint);
    if (writer == null) {
      throw new UndecodableRecordException("esquema desconhecido, impressão digital " + Long.toHexString(fingerprint));
    }
    return writer;
  }
}
