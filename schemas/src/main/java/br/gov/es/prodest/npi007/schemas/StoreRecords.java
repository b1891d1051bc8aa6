package br.gov.es.prodest.npi007.schemas;

import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * The records the aggregate processors keep in their state stores: each aggregate's folded state.
 * A store is backed by a changelog topic and outlives the version that wrote it, so these records
 * are released and gated like the messages, and read by the same codec.
 */
public final class StoreRecords {

  private static final List<Class<? extends SpecificRecord>> TYPES = List.of(
      br.gov.es.prodest.npi007.avro.notification.NotificationSnapshot.class);

  private StoreRecords() {
  }

  public static List<Class<? extends SpecificRecord>> types() {
    return TYPES;
  }
}
