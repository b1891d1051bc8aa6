package br.gov.es.prodest.npi007.gateway.catalogue;

import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.gateway.command.CommandMetadataFactory;
import br.gov.es.prodest.npi007.gateway.idempotency.IdempotencyKeys;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * ADMIN's change of a catalogue entry (CONTRACTS.md, "The organ catalogue"): writes its event to the
 * catalogue's topic, keyed by the entry's key, and answers once this gateway's own catalogue shows it
 * (it waits for the replay to pass the record's offset), so that a GET right after the PUT sees the
 * change. The envelope: {@code aggregateId} the key, {@code sequence} the version the gateway knew
 * + 1 (a shipped entry is version 0), event id {@code nameUUID(commandId + "/1")}. Last writer wins:
 * reference data, no aggregate rules.
 */
public final class CatalogueUpdates<V> {

  private static final Logger log = LoggerFactory.getLogger(CatalogueUpdates.class);
  /** The producer's own delivery timeout (application.yml) is 10 s; this only bounds the wait for it. */
  private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);

  private final TopicCatalogue<V> catalogue;
  private final KafkaTemplate<String, byte[]> template;
  private final CommandMetadataFactory metadata;
  private final IdempotencyKeys idempotencyKeys;
  private final Duration catalogueWait;

  CatalogueUpdates(TopicCatalogue<V> catalogue, KafkaTemplate<String, byte[]> template,
      CommandMetadataFactory metadata, IdempotencyKeys idempotencyKeys, Duration catalogueWait) {
    this.catalogue = catalogue;
    this.template = template;
    this.metadata = metadata;
    this.idempotencyKeys = idempotencyKeys;
    this.catalogueWait = catalogueWait;
  }

  /**
   * Writes the event of a valid change, unless a retry with the same {@code Idempotency-Key} finds it
   * already applied (then nothing is written and the answer is the same).
   *
   * @param operation      names the kind of change for the idempotency keys, e.g. "put-organ/"
   * @param change         the validated change (its fingerprint tells a retry from another body)
   * @param event          the event, given its envelope
   * @return true when the key was new to the catalogue (201), false for a change (200)
   */
  public boolean write(String operation, String key, Object change, CurrentUser user, String idempotencyKey,
      Function<EventEnvelope, SpecificRecord> event) {
    UUID commandId = idempotencyKeys.identify(user.name(), idempotencyKey, operation + key, change).commandId();
    String eventId = UUID.nameUUIDFromBytes((commandId + "/1").getBytes(StandardCharsets.UTF_8)).toString();
    Optional<Long> retried = catalogue.appliedSequence(eventId);
    long sequence = retried.orElseGet(() -> catalogue.version(key).orElse(0L) + 1);
    if (retried.isEmpty()) {
      long offset = send(key, event.apply(envelope(key, eventId, sequence, metadata.fromApi(commandId, user))));
      awaitCatalogue(offset, key);
    }
    return sequence == 1 && !catalogue.isShipped(key);
  }

  /**
   * Erases the entry of this key: a tombstone on the catalogue's topic (compacted, so every earlier
   * record of the key is erased too), answered once this gateway's catalogue no longer shows it.
   */
  public void erase(String key) {
    awaitCatalogue(send(key, null), key);
  }

  private static EventEnvelope envelope(String key, String eventId, long sequence, CommandMetadata command) {
    return EventEnvelope.newBuilder()
        .setEventId(eventId)
        .setAggregateId(key)
        .setSequence(sequence)
        .setOccurredAt(command.getIssuedAt())
        .setActor(command.getActor())
        .setOrigin(command.getOrigin())
        .setCommandId(command.getCommandId())
        .setCorrelationId(command.getCorrelationId())
        .build();
  }

  /** The offset at which the broker stored the event; a null event is a tombstone. */
  private long send(String key, SpecificRecord event) {
    ProducerRecord<String, byte[]> record = new ProducerRecord<>(catalogue.topic().name(), key,
        event == null ? null : AvroCodec.instance().encode(event));
    try {
      return template.send(record).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).getRecordMetadata().offset();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(e);
    } catch (KafkaException | ExecutionException | TimeoutException e) {
      throw unavailable(e);
    }
  }

  private ApiProblem unavailable(Exception cause) {
    CatalogueNames names = catalogue.names();
    log.warn("Falha ao gravar no {}: {}", names.lowerTitle(), cause.toString());
    return ApiProblem.serviceUnavailable(names.codePrefix() + "_UNAVAILABLE",
        "Não foi possível gravar a alteração " + names.entryOf() + " agora; tente novamente em instantes.", cause);
  }

  private void awaitCatalogue(long offset, String key) {
    try {
      if (catalogue.awaitApplied(offset, catalogueWait)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    CatalogueNames names = catalogue.names();
    throw ApiProblem.serviceUnavailable(names.codePrefix() + "_LAGGING", "A alteração " + names.entryOf() + " " + key
        + " foi gravada, mas o catálogo ainda não a mostra; consulte GET " + names.apiPath() + key + " em instantes "
        + "(repetir o PUT com o mesmo Idempotency-Key não a duplica).", null);
  }
}
