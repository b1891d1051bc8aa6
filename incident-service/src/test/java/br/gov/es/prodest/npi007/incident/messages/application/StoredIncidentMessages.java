package br.gov.es.prodest.npi007.incident.messages.application;

import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The incidents' messages in a real store on disk, fed as the replay feeds them: one record at a
 * time through one write per poll. The wire's decoding (OutboxWire, DeliveryWire) is the Kafka
 * adapter's and is exercised by the integration tests; here a record is the event's id, read back
 * as the event the test gave, so that tests state events in the read model's own terms.
 */
public final class StoredIncidentMessages implements AutoCloseable {

  private final Path directory;
  private final Map<String, ObservedMessageEvent> sent = new ConcurrentHashMap<>();
  private ProjectionStore store;
  private IncidentMessages messages;

  public StoredIncidentMessages(Path directory) {
    this.directory = directory;
    open();
  }

  public IncidentMessages messages() {
    return messages;
  }

  /** Applies the events as one poll of the replay. */
  public void apply(ObservedMessageEvent... events) {
    try (ProjectionWrite write = store.newWrite()) {
      for (ObservedMessageEvent event : events) {
        sent.put(event.entry().eventId(), event);
        messages.apply(event.entry().eventId().getBytes(StandardCharsets.UTF_8), event.entry().traceId(), write);
      }
      write.commit();
    }
  }

  /** Closes the store and opens it again on the same directory, as a restart does. */
  public IncidentMessages reopen() {
    store.close();
    open();
    return messages;
  }

  private void open() {
    store = ProjectionStore.open(directory, IncidentMessages.LAYOUT, RocksDbBudget.of(8));
    messages = new IncidentMessages(store,
        record -> Optional.ofNullable(sent.get(new String(record, StandardCharsets.UTF_8))));
  }

  @Override
  public void close() {
    store.close();
  }
}
