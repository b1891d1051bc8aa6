package br.gov.es.prodest.npi007.gateway.incident.timeline;

import br.gov.es.prodest.npi007.gateway.incident.IncidentQueries;
import br.gov.es.prodest.npi007.gateway.internalapi.InternalApi;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Service;

/** An incident's timeline (PRODUCT.md, "Audit and replay"), answered by the incident-service. */
@Service
public class IncidentTimeline {

  private static final ParameterizedTypeReference<List<TimelineEntry>> ENTRIES = new ParameterizedTypeReference<>() { };

  private final InternalApi incidentService;
  private final IncidentQueries queries;

  public IncidentTimeline(@Qualifier("incidentService") InternalApi incidentService, IncidentQueries queries) {
    this.incidentService = incidentService;
    this.queries = queries;
  }

  /** In sequence order; another organ's incident is, to a notifier, one that does not exist. */
  public List<TimelineEntry> of(String incidentId, CurrentUser user) {
    if (user.isNotifier()) {
      queries.one(incidentId, user);
    }
    return incidentService.find(ENTRIES, "/internal/incidents/{id}/timeline", incidentId)
        .orElseThrow(() -> ApiProblem.notFound("INCIDENT_NOT_FOUND", "Incidente " + incidentId + " não encontrado."));
  }
}
