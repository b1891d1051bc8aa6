package br.gov.es.prodest.npi007.gateway.console.incident;

import br.gov.es.prodest.npi007.gateway.incident.IncidentView;
import br.gov.es.prodest.npi007.gateway.security.GatewayRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which forms the incident page offers: those the role may post (the console's role matrix) and that
 * make sense in the incident's status. Only a hint to spare a click: the incident-service still
 * decides, and its refusal is shown with its reason.
 *
 * @param statementKinds the kinds of statement a manager may post now (CONFIRMATION, RESTORATION)
 * @param assignment     whether the team may name the unit responsible for the incident now (issue 15)
 */
record IncidentActions(boolean serviceRequest, boolean triage, boolean restoration, List<String> statementKinds,
    boolean assignment) {

  private static final Set<String> AWAITING_TRIAGE = Set.of("REPORTED", "AWAITING_SA", "DETECTED_BY_PRODEST", "UNDER_ANALYSIS");
  private static final Set<String> CONFIRMED = Set.of("CONFIRMED_GENERAL", "CONFIRMED_RESTRICTED", "MAINTENANCE_SCHEDULED");
  private static final Set<GatewayRole> LINK_SA = Set.of(GatewayRole.NOTIFIER, GatewayRole.TEAM, GatewayRole.ASCOM, GatewayRole.ADMIN);
  private static final Set<GatewayRole> TECHNICAL = Set.of(GatewayRole.TEAM, GatewayRole.ADMIN);

  static IncidentActions of(IncidentView incident, GatewayRole role) {
    String status = String.valueOf(incident.status());
    boolean open = !Boolean.TRUE.equals(incident.closed()) && !"RESTORED".equals(status) && !"NOT_CONFIRMED".equals(status);
    List<String> statements = new ArrayList<>();
    if (role == GatewayRole.MANAGEMENT) {
      // NPI-007 5.2.3.1 and 5.2.3.2
      if (open && CONFIRMED.contains(status)) {
        statements.add("CONFIRMATION");
      }
      if ("RESTORED".equals(status)) {
        statements.add("RESTORATION");
      }
    }
    return new IncidentActions(
        open && incident.saNumber() == null && LINK_SA.contains(role),
        AWAITING_TRIAGE.contains(status) && TECHNICAL.contains(role),
        open && CONFIRMED.contains(status) && TECHNICAL.contains(role),
        List.copyOf(statements),
        open && TECHNICAL.contains(role));
  }

  boolean any() {
    return serviceRequest || triage || restoration || !statementKinds.isEmpty() || assignment;
  }
}
