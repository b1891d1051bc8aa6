package br.gov.es.prodest.npi007.gateway.console.audit;

import br.gov.es.prodest.npi007.gateway.incident.timeline.TimelineCsv;
import br.gov.es.prodest.npi007.gateway.incident.timeline.TimelineEntry;
import br.gov.es.prodest.npi007.gateway.notification.NotificationView;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dossier as one CSV table, in the timeline's columns (the API's timeline CSV): a first line of
 * kind {@code incident} and one of kind {@code compliance}, then the timeline's entries, then one line
 * of kind {@code notification} per message with its texts, template version, history and deliveries as
 * the details' JSON.
 */
final class DossierCsv {

  private DossierCsv() {
  }

  static byte[] write(IncidentDossier dossier, JsonMapper json) {
    List<TimelineEntry> lines = new ArrayList<>();
    lines.add(new TimelineEntry(null, "incident", null, "Incident", dossier.incident().reportedAt(), null, null, null,
        null, null, json.valueToTree(dossier.incident()), null));
    lines.add(new TimelineEntry(null, "compliance", null, "Compliance", null, null, null, null, null, null,
        dossier.compliance(), null));
    lines.addAll(dossier.timeline());
    for (NotificationView notification : dossier.notifications()) {
      lines.add(new TimelineEntry(null, "notification", null, "Notification", notification.renderedAt(), null, null,
          null, notification.id(), notification.type(), json.valueToTree(notification), null));
    }
    return TimelineCsv.write(lines, json);
  }
}
