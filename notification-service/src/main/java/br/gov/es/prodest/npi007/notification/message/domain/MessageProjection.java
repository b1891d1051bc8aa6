package br.gov.es.prodest.npi007.notification.message.domain;

import java.util.List;

/** The notifications an event calls for, rendered with the current templates, to the organs in force. */
public final class MessageProjection {

  private MessageProjection() {
  }

  /**
   * One notification per message the incident event calls for; none when the norm asks for no message.
   *
   * @throws RenderingException when a message cannot be rendered from the event's facts
   */
  public static List<Notification> project(IncidentEvent event, Templates templates, Settings settings) {
    Causation causation = event.causation();
    return MessageTriggers.messagesFor(event, settings.serviceDeskUrl(), settings.organNames()).stream()
        .map(due -> notification(due, causation, causation.aggregateId(), null, templates, settings))
        .toList();
  }

  /**
   * The notice the maintenance event calls for.
   *
   * @throws RenderingException when it cannot be rendered from the event's facts
   */
  public static Notification project(MaintenanceEvent event, Templates templates, Settings settings) {
    Causation causation = event.causation();
    String incidentId = event instanceof MaintenanceEvent.MaintenanceRequested requested ? requested.incidentId() : null;
    return notification(MaintenanceTriggers.messageFor(event), causation, incidentId, causation.aggregateId(),
        templates, settings);
  }

  private static Notification notification(DueMessage due, Causation causation, String incidentId,
      String maintenanceId, Templates templates, Settings settings) {
    RenderedMessage rendered = MessageRenderer.render(templates.current(due.message()), due.facts(),
        settings.emailReplication().channelsOf(due.message()), due.audience().addresses(settings.organNames()));
    // the subject is the aggregate of the causing event: the key of the record it came in
    String id = Notification.idOf(causation.eventId(), due.message(), causation.aggregateId(), settings.placement());
    return new Notification(id, incidentId, maintenanceId,
        causation, settings.reviewPolicy().requiresReview(due.message()), rendered);
  }

  /**
   * What rendering needs besides the event and the templates.
   *
   * @param placement how a new notification is named to live with its subject; {@link Placement#NONE}
   *                  names it as the earlier version did
   */
  public record Settings(String serviceDeskUrl, ReviewPolicy reviewPolicy, OrganNames organNames,
      EmailReplication emailReplication, Placement placement) {

    public Settings(String serviceDeskUrl, ReviewPolicy reviewPolicy, OrganNames organNames) {
      this(serviceDeskUrl, reviewPolicy, organNames, EmailReplication.DEFAULT);
    }

    public Settings(String serviceDeskUrl, ReviewPolicy reviewPolicy, OrganNames organNames,
        EmailReplication emailReplication) {
      this(serviceDeskUrl, reviewPolicy, organNames, emailReplication, Placement.NONE);
    }
  }
}
