package br.gov.es.prodest.npi007.gateway.maintenance;

import br.gov.es.prodest.npi007.gateway.internalapi.InternalApi;
import br.gov.es.prodest.npi007.gateway.unit.Unit;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Service;

/** Maintenance queries, answered by the maintenance-service's register; every role sees every maintenance (6.5 goes to all organs). */
@Service
public class MaintenanceQueries {

  private static final String PATH = "/internal/maintenances";
  private static final Set<String> PERIODS = Set.of("upcoming", "in-progress", "past");
  private static final ParameterizedTypeReference<List<MaintenanceView>> LIST = new ParameterizedTypeReference<>() { };

  private final InternalApi maintenanceService;

  public MaintenanceQueries(@Qualifier("maintenanceService") InternalApi maintenanceService) {
    this.maintenanceService = maintenanceService;
  }

  /**
   * @param when upcoming (not started, not closed), in-progress or past (closed); null for all
   * @param unit the responsible unit's code (issue 15), any case; null for all
   */
  public Page<MaintenanceView> list(String when, String component, String status, String unit, PageRequest page) {
    if (when != null && !when.isBlank() && !PERIODS.contains(when.strip())) {
      throw ApiProblem.badRequest("INVALID_PARAMETER",
          "O valor do parâmetro when é inválido; use upcoming, in-progress ou past.");
    }
    Map<String, String> parameters = new HashMap<>();
    parameters.put("when", when == null ? null : when.strip());
    parameters.put("component", component);
    parameters.put("status", status);
    parameters.put("unit", Unit.code(unit));
    return maintenanceService.list(PATH, parameters, page, LIST);
  }

  public MaintenanceView one(String id) {
    return maintenanceService.one(PATH, id, MaintenanceView.class)
        .orElseThrow(() -> ApiProblem.notFound("MAINTENANCE_NOT_FOUND", "Manutenção " + id + " não encontrada."));
  }
}
