package br.gov.es.prodest.npi007.notification.message.domain;

import java.util.List;

/** The notifications an event calls for, rendered with the current templates. */
public final class MessageProjection {

  private MessageProjection() {
  }

  /**
   * One notification per message the event calls for; none when the norm asks for no message.
   *
   * @throws RenderingException when a message cannot be rendered from the event's facts
   */
  public static List<Notification> project(IncidentEvent event, Templates templates, Settings settings) {
    Causation causation = event.causation();
    return MessageTriggers.messagesFor(event, settings.serviceDeskUrl(), settings.organNames()).stream()
        .map(due -> new Notification(Notification.idOf(causation.eventId(), due.message()),
            causation.aggregateId(), null, causation, settings.reviewPolicy().requiresReview(due.message()),
            MessageRenderer.render(templates.current(due.message()), due.facts())))
        .toList();
  }

  /** What rendering needs besides the event and the templates. */
  public record Settings(String serviceDeskUrl, ReviewPolicy reviewPolicy, OrganNames organNames) {
  }
}
