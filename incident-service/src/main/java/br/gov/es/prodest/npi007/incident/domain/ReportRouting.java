package br.gov.es.prodest.npi007.incident.domain;

/**
 * Which incident a report reaches. Reports of possible incidents come from clients and from PRODEST
 * itself (NPI-007 5.2.1.1, 5.2.1.2); while an incident of a component is open, a second report of
 * that component joins it instead of opening another (PRODUCT.md, "Incident lifecycle";
 * CONTRACTS.md, "Joining reports"), so one incident gets one 6.1 … 6.4 sequence (NPI-007 5.2.2).
 */
public final class ReportRouting {

  private ReportRouting() {
  }

  /**
   * Routes a report of one component.
   *
   * @param earlierRoute the incident this very command was routed to before, or null
   * @param openIncident the component's open incident, or null when none is
   */
  public static ReportRoute route(ReportIncident report, String earlierRoute, String openIncident) {
    if (earlierRoute != null) {
      return new ReportRoute.Repeated(earlierRoute);
    } else if (openIncident != null) {
      return new ReportRoute.Joins(openIncident);
    }
    // NPI-007 5.2.1.1: a report without component, organ, what or who opens nothing (the incident says why).
    return report.blankFields().isEmpty()
        ? new ReportRoute.Opens(report.incidentId())
        : new ReportRoute.Refused(report.incidentId());
  }

  /** True when the closure frees the component whose open incident this is: only its own incident's closure does. */
  public static boolean frees(IncidentClosure closure, String openIncident) {
    return closure.incidentId().equals(openIncident);
  }
}
