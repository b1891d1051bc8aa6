package br.gov.es.prodest.npi007.gateway.organ;

import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.organ.OrganUpdated;
import br.gov.es.prodest.npi007.gateway.command.CommandMetadataFactory;
import br.gov.es.prodest.npi007.gateway.idempotency.IdempotencyKeys;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * ADMIN's change of the catalogue (CONTRACTS.md, "The organ catalogue"): validates it, writes an
 * {@link OrganUpdated} to the organs topic and answers once this gateway's own catalogue shows it
 * (it waits for the replay to pass the record's offset), so that a GET right after the PUT sees
 * the change. Last writer wins: reference data, no aggregate rules.
 */
@Service
public class OrganRegistration {

  private static final String OPERATION = "put-organ/";

  private final OrganCatalogue catalogue;
  private final OrganWriter writer;
  private final CommandMetadataFactory metadata;
  private final IdempotencyKeys idempotencyKeys;
  private final Duration catalogueWait;

  public OrganRegistration(OrganCatalogue catalogue, OrganWriter writer, CommandMetadataFactory metadata,
      IdempotencyKeys idempotencyKeys, @Value("${npi007.organs.catalogue-wait:10s}") Duration catalogueWait) {
    this.catalogue = catalogue;
    this.writer = writer;
    this.metadata = metadata;
    this.idempotencyKeys = idempotencyKeys;
    this.catalogueWait = catalogueWait;
  }

  /**
   * The organ as written, and whether the code is new; a retry with the same {@code Idempotency-Key}
   * of a change the catalogue already shows writes nothing and answers the same.
   */
  public OrganRegistered register(String pathCode, OrganRequest request, CurrentUser user, String idempotencyKey) {
    OrganChange change = OrganChange.validated(pathCode, request);
    UUID commandId = idempotencyKeys.identify(user.name(), idempotencyKey, OPERATION + change.code(), change)
        .commandId();
    String eventId = UUID.nameUUIDFromBytes((commandId + "/1").getBytes(StandardCharsets.UTF_8)).toString();
    Optional<Long> retried = catalogue.appliedSequence(eventId);
    long sequence = retried.orElseGet(() -> catalogue.version(change.code()).orElse(0L) + 1);
    if (retried.isEmpty()) {
      long offset = writer.write(event(change, eventId, sequence, metadata.fromApi(commandId, user)));
      awaitCatalogue(offset, change.code());
    }
    Organ organ = new Organ(change.code(), change.name(), change.emails());
    return new OrganRegistered(organ, sequence == 1 && !catalogue.isShipped(change.code()));
  }

  private static OrganUpdated event(OrganChange change, String eventId, long sequence, CommandMetadata command) {
    EventEnvelope envelope = EventEnvelope.newBuilder()
        .setEventId(eventId)
        .setAggregateId(change.code())
        .setSequence(sequence)
        .setOccurredAt(command.getIssuedAt())
        .setActor(command.getActor())
        .setOrigin(command.getOrigin())
        .setCommandId(command.getCommandId())
        .setCorrelationId(command.getCorrelationId())
        .build();
    return OrganUpdated.newBuilder()
        .setEnvelope(envelope)
        .setCode(change.code())
        .setName(change.name())
        .setEmails(change.emails())
        .build();
  }

  private void awaitCatalogue(long offset, String code) {
    try {
      if (catalogue.awaitApplied(offset, catalogueWait)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw ApiProblem.serviceUnavailable("ORGAN_CATALOGUE_LAGGING", "A alteração do órgão " + code + " foi gravada, "
        + "mas o catálogo ainda não a mostra; consulte GET /api/v1/organs/" + code + " em instantes (repetir o PUT "
        + "com o mesmo Idempotency-Key não a duplica).", null);
  }
}
