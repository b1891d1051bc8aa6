package br.gov.es.prodest.npi007.gateway.status.subscription;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.status.StatusSubscription;
import br.gov.es.prodest.npi007.avro.status.SubscriptionState;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Writes a subscription as it is now on {@link Topics#STATUS_SUBSCRIPTIONS}, keyed by its id, or its
 * end as a tombstone, and answers once the broker stored it. The envelope is the catalogues': the
 * aggregate is the subscription, sequence 1 the request and 2 the confirmation; the actor is the
 * public (no user), in role SYSTEM since the schema has no public role.
 */
public class SubscriptionWriter {

  private static final Logger log = LoggerFactory.getLogger(SubscriptionWriter.class);
  /** The producer's own delivery timeout (application.yml) is 10 s; this only bounds the wait for it. */
  private static final Duration ACK_TIMEOUT = Duration.ofSeconds(15);
  static final String PUBLIC_ACTOR = "public";

  private final KafkaTemplate<String, byte[]> template;
  private final Clock clock;

  /** @param template on the intake's producer, idempotent and acks=all: the answer promises the record is stored */
  public SubscriptionWriter(KafkaTemplate<String, byte[]> template, Clock clock) {
    this.template = template;
    this.clock = clock;
  }

  /** A new PENDING subscription with a random id; answers the id. */
  public String request(String email, List<String> components) {
    String id = UUID.randomUUID().toString();
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    send(id, StatusSubscription.newBuilder()
        .setEnvelope(envelope(id, UUID.randomUUID().toString(), 1, now))
        .setSubscriptionId(id)
        .setEmail(email)
        .setComponents(List.copyOf(components))
        .setState(SubscriptionState.PENDING)
        .setRequestedAt(now)
        .build());
    return id;
  }

  /** The same subscription, CONFIRMED; a second confirmation has the same event id. */
  public void confirm(StoredSubscription pending) {
    String id = pending.subscriptionId();
    String eventId = UUID.nameUUIDFromBytes((id + "/confirmed").getBytes(StandardCharsets.UTF_8)).toString();
    send(id, StatusSubscription.newBuilder()
        .setEnvelope(envelope(id, eventId, 2, clock.instant().truncatedTo(ChronoUnit.MILLIS)))
        .setSubscriptionId(id)
        .setEmail(pending.email())
        .setComponents(pending.components() == null ? List.of() : List.copyOf(pending.components()))
        .setState(SubscriptionState.CONFIRMED)
        .setRequestedAt(pending.requestedAt() == null ? clock.instant().truncatedTo(ChronoUnit.MILLIS)
            : pending.requestedAt().truncatedTo(ChronoUnit.MILLIS))
        .build());
  }

  /** The end of the subscription: a tombstone, so that compaction erases the address. Idempotent. */
  public void end(String subscriptionId) {
    send(new ProducerRecord<>(Topics.STATUS_SUBSCRIPTIONS.name(), subscriptionId, null));
  }

  private static EventEnvelope envelope(String id, String eventId, long sequence, Instant at) {
    return EventEnvelope.newBuilder()
        .setEventId(eventId)
        .setAggregateId(id)
        .setSequence(sequence)
        .setOccurredAt(at)
        .setActor(Actor.newBuilder().setUserId(PUBLIC_ACTOR).setRole(Role.SYSTEM).setOrgan(null).build())
        .setOrigin(Origin.API)
        .setCommandId(eventId)
        .setCorrelationId(id)
        .build();
  }

  private void send(String id, StatusSubscription subscription) {
    send(new ProducerRecord<>(Topics.STATUS_SUBSCRIPTIONS.name(), id, AvroCodec.instance().encode(subscription)));
  }

  private void send(ProducerRecord<String, byte[]> record) {
    try {
      template.send(record).get(ACK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unavailable(e);
    } catch (KafkaException | ExecutionException | TimeoutException e) {
      throw unavailable(e);
    }
  }

  private static ApiProblem unavailable(Exception cause) {
    log.warn("Falha ao gravar a assinatura de atualizações por e-mail: {}", cause.toString());
    return ApiProblem.serviceUnavailable("SUBSCRIPTIONS_UNAVAILABLE",
        "Não foi possível registrar a assinatura agora; tente novamente em instantes.", cause);
  }
}
