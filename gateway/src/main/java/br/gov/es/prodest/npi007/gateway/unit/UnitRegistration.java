package br.gov.es.prodest.npi007.gateway.unit;

import br.gov.es.prodest.npi007.avro.unit.UnitUpdated;
import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueUpdates;
import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueWriters;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * ADMIN's change of the catalogue (CONTRACTS.md, "The unit catalogue"): validates it and writes a
 * {@link UnitUpdated} to the units topic, answering once this gateway's own catalogue shows it.
 */
@Service
public class UnitRegistration {

  private static final String OPERATION = "put-unit/";

  private final CatalogueUpdates<Unit> updates;

  public UnitRegistration(UnitCatalogue catalogue, CatalogueWriters writers,
      @Value("${npi007.units.catalogue-wait:10s}") Duration catalogueWait) {
    this.updates = writers.of(catalogue, catalogueWait);
  }

  /**
   * The unit as written, and whether the code is new; a retry with the same {@code Idempotency-Key}
   * of a change the catalogue already shows writes nothing and answers the same.
   */
  public UnitRegistered register(String pathCode, UnitRequest request, CurrentUser user, String idempotencyKey) {
    UnitChange change = UnitChange.validated(pathCode, request);
    boolean created = updates.write(OPERATION, change.code(), change, user, idempotencyKey,
        envelope -> UnitUpdated.newBuilder()
            .setEnvelope(envelope)
            .setCode(change.code())
            .setName(change.name())
            .setKind(change.kind().name())
            .build());
    return new UnitRegistered(new Unit(change.code(), change.name(), change.kind()), created);
  }
}
