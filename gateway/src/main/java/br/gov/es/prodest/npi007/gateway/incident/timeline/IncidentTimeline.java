package br.gov.es.prodest.npi007.gateway.incident.timeline;

import br.gov.es.prodest.npi007.gateway.incident.IncidentQueries;
import br.gov.es.prodest.npi007.gateway.internalapi.InternalApi;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Service;

/** An incident's timeline (PRODUCT.md, "Audit and replay"), answered by the incident-service. */
@Service
public class IncidentTimeline {

  private static final ParameterizedTypeReference<List<TimelineEntry>> ENTRIES = new ParameterizedTypeReference<>() { };
  private static final Set<String> KINDS = Set.of("event", "message", "delivery");

  private final InternalApi incidentService;
  private final IncidentQueries queries;

  public IncidentTimeline(@Qualifier("incidentService") InternalApi incidentService, IncidentQueries queries) {
    this.incidentService = incidentService;
    this.queries = queries;
  }

  /**
   * In the timeline's order; {@code kinds} (comma-separated event, message, delivery; null for all)
   * narrows it. Another organ's incident is, to a notifier, one that does not exist.
   */
  public List<TimelineEntry> of(String incidentId, String kinds, CurrentUser user) {
    String kind = checkedKinds(kinds);
    if (user.isNotifier()) {
      queries.one(incidentId, user);
    }
    return (kind == null
        ? incidentService.find(ENTRIES, "/internal/incidents/{id}/timeline", incidentId)
        : incidentService.find(ENTRIES, "/internal/incidents/{id}/timeline?kind={kind}", incidentId, kind))
        .orElseThrow(() -> ApiProblem.notFound("INCIDENT_NOT_FOUND", "Incidente " + incidentId + " não encontrado."));
  }

  /** Checked here: the incident-service's own 400 would reach the client as its unavailability. */
  private static String checkedKinds(String kinds) {
    if (kinds == null || kinds.isBlank()) {
      return null;
    }
    List<String> asked = Arrays.stream(kinds.split(",")).map(String::strip).toList();
    if (!KINDS.containsAll(asked)) {
      throw ApiProblem.badRequest("INVALID_TIMELINE_KIND",
          "O valor do parâmetro kind é inválido; use event, message ou delivery, separados por vírgula.");
    }
    return String.join(",", asked);
  }
}
