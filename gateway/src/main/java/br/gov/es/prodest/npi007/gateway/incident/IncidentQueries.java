package br.gov.es.prodest.npi007.gateway.incident;

import br.gov.es.prodest.npi007.gateway.internalapi.InternalApi;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Service;

/** Incident queries, answered by the incident-service's read models and scoped to what the caller may see. */
@Service
public class IncidentQueries {

  private static final String PATH = "/internal/incidents";
  private static final ParameterizedTypeReference<List<IncidentView>> LIST = new ParameterizedTypeReference<>() { };

  private final InternalApi incidentService;

  public IncidentQueries(@Qualifier("incidentService") InternalApi incidentService) {
    this.incidentService = incidentService;
  }

  /**
   * Newest first; a notifier's list is always its own organ's, whatever organ it asks for (filtered
   * by the service, so that every page has its size).
   */
  public Page<IncidentView> list(IncidentFilter filter, PageRequest page, CurrentUser user) {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("status", filter.status());
    parameters.put("organ", user.isNotifier() ? user.organ() : filter.organ());
    parameters.put("component", filter.component());
    parameters.put("source", filter.source() == null ? null : filter.source().name());
    parameters.put("open", filter.open() == null ? null : filter.open().toString());
    parameters.put("unit", filter.unit());
    return incidentService.list(PATH, parameters, page, LIST);
  }

  /** Another organ's incident is, to a notifier, an incident that does not exist. */
  public IncidentView one(String id, CurrentUser user) {
    return incidentService.one(PATH, id, IncidentView.class)
        .filter(incident -> user.hasAccessTo(incident.organ()))
        .orElseThrow(() -> ApiProblem.notFound("INCIDENT_NOT_FOUND", "Incidente " + id + " não encontrado."));
  }
}
