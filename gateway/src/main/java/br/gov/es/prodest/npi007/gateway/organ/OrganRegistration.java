package br.gov.es.prodest.npi007.gateway.organ;

import br.gov.es.prodest.npi007.avro.organ.OrganUpdated;
import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueUpdates;
import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueWriters;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * ADMIN's change of the catalogue (CONTRACTS.md, "The organ catalogue"): validates it and writes an
 * {@link OrganUpdated} to the organs topic, answering once this gateway's own catalogue shows it.
 */
@Service
public class OrganRegistration {

  private static final String OPERATION = "put-organ/";

  private final CatalogueUpdates<Organ> updates;

  public OrganRegistration(OrganCatalogue catalogue, CatalogueWriters writers,
      @Value("${npi007.organs.catalogue-wait:10s}") Duration catalogueWait) {
    this.updates = writers.of(catalogue, catalogueWait);
  }

  /**
   * The organ as written, and whether the code is new; a retry with the same {@code Idempotency-Key}
   * of a change the catalogue already shows writes nothing and answers the same.
   */
  public OrganRegistered register(String pathCode, OrganRequest request, CurrentUser user, String idempotencyKey) {
    OrganChange change = OrganChange.validated(pathCode, request);
    boolean created = updates.write(OPERATION, change.code(), change, user, idempotencyKey,
        envelope -> OrganUpdated.newBuilder()
            .setEnvelope(envelope)
            .setCode(change.code())
            .setName(change.name())
            .setEmails(change.emails())
            .build());
    return new OrganRegistered(new Organ(change.code(), change.name(), change.emails()), created);
  }
}
