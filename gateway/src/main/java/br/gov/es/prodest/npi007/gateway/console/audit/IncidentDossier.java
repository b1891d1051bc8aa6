package br.gov.es.prodest.npi007.gateway.console.audit;

import br.gov.es.prodest.npi007.gateway.incident.IncidentView;
import br.gov.es.prodest.npi007.gateway.incident.timeline.TimelineEntry;
import br.gov.es.prodest.npi007.gateway.notification.NotificationView;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Everything the norm asks to keep of one incident, as the audit page shows it and the downloads
 * carry it: the incident, its compliance, its full timeline, and its messages with their texts,
 * template versions, review history and delivery records.
 */
public record IncidentDossier(IncidentView incident, JsonNode compliance, List<TimelineEntry> timeline,
    List<NotificationView> notifications) {
}
