package br.gov.es.prodest.npi007.gateway.incident.compliance;

import br.gov.es.prodest.npi007.gateway.incident.IncidentQueries;
import br.gov.es.prodest.npi007.gateway.internalapi.InternalApi;
import br.gov.es.prodest.npi007.gateway.unit.Unit;
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
import tools.jackson.databind.JsonNode;

/**
 * The compliance view (PRODUCT.md, "Audit and replay"): which messages the norm required of an
 * incident, which were sent and when, answered by the incident-service and passed on as it gives
 * it; and the incidents that miss a required message.
 */
@Service
public class IncidentCompliance {

  private static final ParameterizedTypeReference<JsonNode> ONE = new ParameterizedTypeReference<>() { };
  private static final ParameterizedTypeReference<List<JsonNode>> LIST = new ParameterizedTypeReference<>() { };

  private final InternalApi incidentService;
  private final IncidentQueries queries;

  public IncidentCompliance(@Qualifier("incidentService") InternalApi incidentService, IncidentQueries queries) {
    this.incidentService = incidentService;
    this.queries = queries;
  }

  /** One incident's compliance; another organ's incident is, to a notifier, one that does not exist. */
  public JsonNode of(String incidentId, CurrentUser user) {
    if (user.isNotifier()) {
      queries.one(incidentId, user);
    }
    return incidentService.find(ONE, "/internal/incidents/{id}/compliance", incidentId)
        .orElseThrow(() -> ApiProblem.notFound("INCIDENT_NOT_FOUND", "Incidente " + incidentId + " não encontrado."));
  }

  /**
   * @param missing true for the incidents that miss a required message only; null for every incident
   * @param unit    the responsible unit's code (issue 15), any case, or null for every unit
   * @param from    reported at or after this instant (ISO-8601), or null; the incident-service checks it
   * @param until   reported before this instant, or null
   */
  public Page<JsonNode> list(Boolean missing, String unit, String from, String until, PageRequest page) {
    Map<String, String> parameters = new HashMap<>();
    parameters.put("missing", missing == null ? null : missing.toString());
    parameters.put("unit", Unit.code(unit));
    parameters.put("from", from);
    parameters.put("until", until);
    return incidentService.list("/internal/compliance", parameters, page, LIST);
  }
}
