package br.gov.es.prodest.npi007.gateway.console.incident;

import br.gov.es.prodest.npi007.gateway.incident.IncidentFilter;
import br.gov.es.prodest.npi007.gateway.incident.IncidentQueries;
import br.gov.es.prodest.npi007.gateway.incident.IncidentView;
import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import br.gov.es.prodest.npi007.gateway.unit.Unit;
import br.gov.es.prodest.npi007.paging.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The team's board: the open incidents, by status in the lifecycle's order, the oldest first in each,
 * since the oldest is the one waiting longest; for a user of a unit, that unit's incidents come first
 * in each section (issue 15). Read page by page from the incident-service, up to
 * {@value #CAP} incidents: a board longer than that is no longer read at a glance.
 */
@Component
class IncidentBoard {

  static final int CAP = 500;
  private static final int PAGE = 100;

  /** One section of the board. */
  record Section(String status, List<IncidentView> incidents) {
  }

  /**
   * @param sections the statuses that have incidents, in the lifecycle's order
   * @param more     true when there are more open incidents than the board shows
   */
  record Board(List<Section> sections, int count, boolean more) {
  }

  private final IncidentQueries queries;

  IncidentBoard(IncidentQueries queries) {
    this.queries = queries;
  }

  Board open(String component, String organ, String unit, CurrentUser user) {
    IncidentFilter filter = new IncidentFilter(null, blankToNull(organ), blankToNull(component), null, true,
        Unit.code(unit));
    List<IncidentView> incidents = new ArrayList<>();
    String cursor = null;
    // bounded by pages too, so a service that answers short pages cannot keep the board asking
    for (int pages = 0; pages < CAP / PAGE; pages++) {
      Page<IncidentView> page = queries.list(filter, new PageRequest(Math.min(PAGE, CAP - incidents.size()), cursor), user);
      incidents.addAll(page.items());
      cursor = page.nextCursor();
      if (cursor == null || incidents.size() >= CAP) {
        break;
      }
    }
    return new Board(sections(incidents, user.unit()), incidents.size(), cursor != null);
  }

  private static List<Section> sections(List<IncidentView> incidents, String ownUnit) {
    Map<String, List<IncidentView>> byStatus = new LinkedHashMap<>();
    IncidentLabels.OPEN_STATUSES.forEach(status -> byStatus.put(status, new ArrayList<>()));
    for (IncidentView incident : incidents) {
      // a status the board does not know yet is still shown, after the known ones
      byStatus.computeIfAbsent(String.valueOf(incident.status()), status -> new ArrayList<>()).add(incident);
    }
    Comparator<IncidentView> ownUnitFirst = Comparator.comparing(
        incident -> ownUnit == null || !ownUnit.equals(incident.unit()));
    Comparator<IncidentView> order = ownUnitFirst.thenComparing(IncidentView::reportedAt,
        Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
    return byStatus.entrySet().stream()
        .filter(entry -> !entry.getValue().isEmpty())
        .map(entry -> new Section(entry.getKey(), entry.getValue().stream().sorted(order).toList()))
        .toList();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
