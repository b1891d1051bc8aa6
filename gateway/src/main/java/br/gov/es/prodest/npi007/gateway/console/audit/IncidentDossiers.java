package br.gov.es.prodest.npi007.gateway.console.audit;

import br.gov.es.prodest.npi007.gateway.incident.IncidentQueries;
import br.gov.es.prodest.npi007.gateway.incident.IncidentView;
import br.gov.es.prodest.npi007.gateway.incident.compliance.IncidentCompliance;
import br.gov.es.prodest.npi007.gateway.incident.timeline.IncidentTimeline;
import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.notification.NotificationQueries;
import br.gov.es.prodest.npi007.gateway.notification.NotificationView;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import br.gov.es.prodest.npi007.paging.Page;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Gathers an incident's dossier through the same gateway services the API answers with. */
@Component
class IncidentDossiers {

  private final IncidentQueries incidents;
  private final IncidentCompliance compliance;
  private final IncidentTimeline timeline;
  private final NotificationQueries notifications;

  IncidentDossiers(IncidentQueries incidents, IncidentCompliance compliance, IncidentTimeline timeline,
      NotificationQueries notifications) {
    this.incidents = incidents;
    this.compliance = compliance;
    this.timeline = timeline;
    this.notifications = notifications;
  }

  IncidentDossier of(String incidentId, CurrentUser user) {
    IncidentView incident = incidents.one(incidentId, user);
    return new IncidentDossier(incident, compliance.of(incidentId, user), timeline.of(incidentId, null, user),
        messages(incidentId));
  }

  /** Every message of the incident, in rendering order: the list's items, then each one whole (texts, history, deliveries). */
  private List<NotificationView> messages(String incidentId) {
    List<NotificationView> all = new ArrayList<>();
    String cursor = null;
    do {
      Page<NotificationView> page = notifications.list(null, null, incidentId, null,
          new PageRequest(PageRequest.MAX_LIMIT, cursor));
      page.items().forEach(listed -> all.add(notifications.one(listed.id())));
      cursor = page.next().orElse(null);
    } while (cursor != null);
    return all;
  }
}
