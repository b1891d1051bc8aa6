package br.gov.es.prodest.npi007.notification.tracking.application;

import br.gov.es.prodest.npi007.notification.delivery.adapter.kafka.DeliveryWire;
import br.gov.es.prodest.npi007.notification.delivery.domain.DeliveryEvent;
import br.gov.es.prodest.npi007.notification.outbox.adapter.kafka.NotificationWire;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import br.gov.es.prodest.npi007.notification.tracking.adapter.kafka.AvroOutboxRecords;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import java.nio.file.Path;

/** The outbox on a real store, and its events as the topics carry them. */
final class StoredOutbox {

  private static final AvroCodec CODEC = AvroCodec.instance();

  private StoredOutbox() {
  }

  static ProjectionStore open(Path directory) {
    return ProjectionStore.open(directory, Outbox.layout(), RocksDbBudget.of(RocksDbBudget.DEFAULT_MEMORY_MB));
  }

  static Outbox outbox(ProjectionStore store) {
    return new Outbox(store, new AvroOutboxRecords());
  }

  static byte[] record(NotificationEvent event) {
    return CODEC.encode(NotificationWire.INSTANCE.toAvro(event));
  }

  static byte[] record(DeliveryEvent event) {
    return CODEC.encode(DeliveryWire.toAvro(event));
  }
}
