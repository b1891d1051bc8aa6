package br.gov.es.prodest.npi007.gateway.component;

import br.gov.es.prodest.npi007.avro.component.ComponentUpdated;
import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueUpdates;
import br.gov.es.prodest.npi007.gateway.catalogue.CatalogueWriters;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import br.gov.es.prodest.npi007.schemas.ComponentSlug;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * ADMIN's change of the component catalogue (issue 12): writes a {@link ComponentUpdated} to the
 * components topic, keyed by slug, and answers once this gateway's own catalogue shows it. The
 * request's fields are checked by its constraints where it enters (API or console); the slug here.
 */
@Service
public class ComponentRegistration {

  private static final String OPERATION = "put-component/";

  private final CatalogueUpdates<Component> updates;

  public ComponentRegistration(ComponentCatalogue catalogue, CatalogueWriters writers,
      @Value("${npi007.components.catalogue-wait:10s}") Duration catalogueWait) {
    this.updates = writers.of(catalogue, catalogueWait);
  }

  /**
   * The component as written, and whether the slug is new; a retry with the same {@code Idempotency-Key}
   * of a change the catalogue already shows writes nothing and answers the same. 400 {@code INVALID_COMPONENT_SLUG}
   * when the slug is not one the catalogue accepts.
   */
  public ComponentRegistered register(String slug, ComponentRequest request, CurrentUser user, String idempotencyKey) {
    if (!ComponentSlug.isValid(slug)) {
      throw ApiProblem.badRequest("INVALID_COMPONENT_SLUG", "O identificador do componente (slug) é inválido: use de 1 a "
          + ComponentSlug.MAX_LENGTH + " letras minúsculas sem acento e dígitos, com hífens só entre eles "
          + "(por exemplo, sistema-e-docs).");
    }
    Component component = new Component(slug, request.name().strip(), blankAsNull(request.group()),
        Boolean.TRUE.equals(request.isPublic()));
    boolean created = updates.write(OPERATION, slug, component, user, idempotencyKey,
        envelope -> ComponentUpdated.newBuilder()
            .setEnvelope(envelope)
            .setSlug(component.slug())
            .setName(component.name())
            .setGroup(component.group())
            .setPublic$(component.isPublic())
            .build());
    return new ComponentRegistered(component, created);
  }

  private static String blankAsNull(String group) {
    return group == null || group.isBlank() ? null : group.strip();
  }
}
