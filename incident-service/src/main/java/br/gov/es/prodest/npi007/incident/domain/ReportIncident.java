package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Origin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Report a possible incident in a service of PRODEST, opening the incident {@code incidentId}, or
 * joining it when the report was routed to the open incident of its component.
 *
 * @param routedToOpenIncident true when {@code incidentId} is the open incident of the report's
 *                             component, not the id the issuer chose: the report joins it
 * @param groupPost            the post of the WhatsApp group the report was made from, else {@link GroupPostEvidence#NONE} (issue 14)
 * @param unit                 the responsible unit's code, when the reporter names one of the catalogue (an
 *                             alert's label, issue 15), else null
 * @param unrecognisedUnit     a unit the reporter named that is not in the catalogue, as sent (recorded, not
 *                             guessed), else null
 */
public record ReportIncident(
    String commandId,
    String correlationId,
    Instant issuedAt,
    Actor actor,
    Origin origin,
    Long expectedVersion,
    String incidentId,
    String component,
    String organ,
    String description,
    ReportSource source,
    String reportedBy,
    boolean routedToOpenIncident,
    GroupPostEvidence groupPost,
    String unit,
    String unrecognisedUnit) implements IncidentCommand {

  public ReportIncident {
    Objects.requireNonNull(commandId, "commandId");
    Objects.requireNonNull(correlationId, "correlationId");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(incidentId, "incidentId");
    Objects.requireNonNull(source, "source");
    groupPost = GroupPostEvidence.orNone(groupPost);
  }

  /** A report addressed to the incident id its issuer chose. */
  public ReportIncident(String commandId, String correlationId, Instant issuedAt, Actor actor, Origin origin,
      Long expectedVersion, String incidentId, String component, String organ, String description,
      ReportSource source, String reportedBy) {
    this(commandId, correlationId, issuedAt, actor, origin, expectedVersion, incidentId, component, organ,
        description, source, reportedBy, false, GroupPostEvidence.NONE, null, null);
  }

  /** The same report, naming the responsible unit (or the unknown unit) its reporter gave (issue 15). */
  public ReportIncident namingUnit(String unitCode, String unrecognised) {
    return new ReportIncident(commandId, correlationId, issuedAt, actor, origin, expectedVersion, incidentId,
        component, organ, description, source, reportedBy, routedToOpenIncident, groupPost, unitCode, unrecognised);
  }

  /** The same report, with the post of the WhatsApp group it was made from as its evidence (issue 14). */
  public ReportIncident fromGroupPost(GroupPostEvidence post) {
    return new ReportIncident(commandId, correlationId, issuedAt, actor, origin, expectedVersion, incidentId,
        component, organ, description, source, reportedBy, routedToOpenIncident, post, unit, unrecognisedUnit);
  }

  /** The same report as its issuer addressed it, to {@code issuerIncidentId}: a routed report before routing. */
  public ReportIncident addressedTo(String issuerIncidentId) {
    return new ReportIncident(commandId, correlationId, issuedAt, actor, origin, expectedVersion, issuerIncidentId,
        component, organ, description, source, reportedBy, false, groupPost, unit, unrecognisedUnit);
  }

  /** The same report, joining the open incident {@code openIncidentId} of its component. */
  public ReportIncident routedTo(String openIncidentId) {
    return new ReportIncident(commandId, correlationId, issuedAt, actor, origin, expectedVersion, openIncidentId,
        component, organ, description, source, reportedBy, !openIncidentId.equals(incidentId), groupPost, unit,
        unrecognisedUnit);
  }

  /** The required fields left blank, as a person names them. NPI-007 5.2.1.1: component, organ, what, who. */
  public List<String> blankFields() {
    Map<String, Supplier<String>> required = new LinkedHashMap<>();
    required.put("o componente (component)", this::component);
    required.put("o órgão (organ)", this::organ);
    required.put("a descrição (description)", this::description);
    required.put("quem relatou (reportedBy)", this::reportedBy);
    List<String> blank = new ArrayList<>();
    required.forEach((field, value) -> {
      String text = value.get();
      if (text == null || text.isBlank()) {
        blank.add(field);
      }
    });
    return blank;
  }
}
