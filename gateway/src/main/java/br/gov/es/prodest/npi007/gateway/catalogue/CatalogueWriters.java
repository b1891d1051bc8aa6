package br.gov.es.prodest.npi007.gateway.catalogue;

import br.gov.es.prodest.npi007.gateway.command.CommandMetadataFactory;
import br.gov.es.prodest.npi007.gateway.idempotency.IdempotencyKeys;
import br.gov.es.prodest.npi007.gateway.operations.KafkaInstrumentation;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.stereotype.Component;

/** What every catalogue's writes share: the producer, the commands' metadata and the idempotency keys. */
@Component
public class CatalogueWriters {

  private final KafkaTemplate<String, byte[]> template;
  private final CommandMetadataFactory metadata;
  private final IdempotencyKeys idempotencyKeys;

  /** @param producers idempotent and acks=all (the intake's): a 200 promises the change is stored */
  CatalogueWriters(@Qualifier("intakeProducerFactory") ProducerFactory<String, byte[]> producers,
      CommandMetadataFactory metadata, IdempotencyKeys idempotencyKeys, KafkaInstrumentation instrumentation) {
    this.template = instrumentation.template(producers);
    this.metadata = metadata;
    this.idempotencyKeys = idempotencyKeys;
  }

  /** The writer of this catalogue's changes; a PUT waits at most {@code catalogueWait} for the catalogue to show one. */
  public <V> CatalogueUpdates<V> of(TopicCatalogue<V> catalogue, Duration catalogueWait) {
    return new CatalogueUpdates<>(catalogue, template, metadata, idempotencyKeys, catalogueWait);
  }
}
