package br.gov.es.prodest.npi007.gateway.console.organ;

import br.gov.es.prodest.npi007.gateway.incident.IncidentView;
import br.gov.es.prodest.npi007.gateway.incident.compliance.IncidentCompliance;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.JsonNode;

/**
 * The messages that reached the WhatsApp group about each of an organ's incidents. A notifier may
 * not list the outbox (the API keeps {@code /api/v1/notifications} to PRODEST), but may read its own
 * incident's compliance, which says which message reached the group and when: that is what is shown.
 */
@Component
class OrganMessages {

  /** One message sent about an incident: its norm id (6.1 … 6.6) and when it reached the group. */
  record SentMessage(String messageId, String deliveredAt) {
  }

  private final IncidentCompliance compliance;

  OrganMessages(IncidentCompliance compliance) {
    this.compliance = compliance;
  }

  Map<String, List<SentMessage>> reachedTheGroup(List<IncidentView> incidents, CurrentUser user) {
    Map<String, List<SentMessage>> byIncident = new LinkedHashMap<>();
    for (IncidentView incident : incidents) {
      byIncident.put(incident.id(), sent(incident.id(), user));
    }
    return byIncident;
  }

  private List<SentMessage> sent(String incidentId, CurrentUser user) {
    JsonNode report;
    try {
      report = compliance.of(incidentId, user);
    } catch (ErrorResponseException notYetKnown) {
      // the compliance view follows the incident's events: a report just made may not be there yet
      if (notYetKnown.getStatusCode().value() == 404) {
        return List.of();
      }
      throw notYetKnown;
    }
    List<SentMessage> sent = new ArrayList<>();
    for (JsonNode message : report.path("messages")) {
      String deliveredAt = text(message.path("deliveredAt"));
      if (deliveredAt != null) {
        sent.add(new SentMessage(text(message.path("messageId")), deliveredAt));
      }
    }
    return sent;
  }

  private static String text(JsonNode node) {
    return node.isMissingNode() || node.isNull() ? null : node.asString();
  }
}
