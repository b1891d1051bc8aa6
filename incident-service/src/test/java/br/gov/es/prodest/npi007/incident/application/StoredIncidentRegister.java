package br.gov.es.prodest.npi007.incident.application;

import br.gov.es.prodest.npi007.incident.adapter.kafka.IncidentWire;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A register in a real store on disk, fed as the replay feeds it: each event in the topic's own
 * encoding, through one write per poll. {@link #reopen()} is a restart of the service.
 */
public final class StoredIncidentRegister implements AutoCloseable {

  private static final AvroCodec CODEC = AvroCodec.instance();

  private final Path directory;
  private ProjectionStore store;
  private IncidentRegister register;
  private final AtomicLong decoded = new AtomicLong();

  public StoredIncidentRegister(Path directory) {
    this.directory = directory;
    open();
  }

  public IncidentRegister register() {
    return register;
  }

  /** How many stored records the register has decoded so far: what a query had to read. */
  public long decoded() {
    return decoded.get();
  }

  /** Applies the events as one poll of the replay. */
  public void apply(IncidentEvent... events) {
    try (ProjectionWrite write = store.newWrite()) {
      for (IncidentEvent event : events) {
        register.apply(CODEC.encode(IncidentWire.INSTANCE.toAvro(event)), null, write);
      }
      write.commit();
    }
  }

  /** Closes the store and opens it again on the same directory, as a restart does. */
  public IncidentRegister reopen() {
    store.close();
    open();
    return register;
  }

  private void open() {
    store = ProjectionStore.open(directory, IncidentRegister.LAYOUT, RocksDbBudget.of(8));
    register = new IncidentRegister(store, record -> {
      decoded.incrementAndGet();
      return IncidentWire.INSTANCE.toEvent(CODEC.decode(record));
    });
  }

  @Override
  public void close() {
    store.close();
  }
}
