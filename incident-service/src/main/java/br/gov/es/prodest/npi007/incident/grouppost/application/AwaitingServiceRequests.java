package br.gov.es.prodest.npi007.incident.grouppost.application;

import br.gov.es.prodest.npi007.incident.application.IncidentFilter;
import br.gov.es.prodest.npi007.incident.application.IncidentRegister;
import br.gov.es.prodest.npi007.incident.application.IncidentView;
import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import br.gov.es.prodest.npi007.paging.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * An organ's incidents that wait for an SA, from the incident register (issue 14): first those 6.1
 * already answered ({@code AWAITING_SA}), then those reported and not yet answered
 * ({@code REPORTED}), each oldest report first, so the first is the one 6.1 answered first. Walks the
 * status index, which holds only the incidents waiting right now: a few, whatever the history.
 */
public final class AwaitingServiceRequests implements Function<String, List<String>> {

  /** More incidents of one organ than this waiting for an SA at once is not a real situation. */
  private static final int MOST = 500;

  private final IncidentRegister register;

  public AwaitingServiceRequests(IncidentRegister register) {
    this.register = register;
  }

  @Override
  public List<String> apply(String organ) {
    List<String> candidates = new ArrayList<>();
    for (IncidentStatus status : List.of(IncidentStatus.AWAITING_SA, IncidentStatus.REPORTED)) {
      register.page(new IncidentFilter(status.name(), organ, null), new PageRequest(MOST, null)).items().stream()
          .sorted(Comparator.comparing(IncidentView::reportedAt).thenComparing(IncidentView::id))
          .map(IncidentView::id)
          .forEach(candidates::add);
    }
    return List.copyOf(candidates);
  }
}
