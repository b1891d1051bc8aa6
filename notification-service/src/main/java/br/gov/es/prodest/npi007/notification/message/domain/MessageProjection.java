package br.gov.es.prodest.npi007.notification.message.domain;

import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent.IncidentReported;
import java.util.List;

/** Which of the norm's messages an event calls for, rendered with the current templates. */
public final class MessageProjection {

  private MessageProjection() {
  }

  /**
   * The notifications the event calls for; none when the norm asks for no message.
   *
   * @throws RenderingException when a message cannot be rendered from the event's facts
   */
  public static List<Notification> project(IncidentEvent event, Templates templates, Settings settings) {
    if (event instanceof IncidentReported reported) {
      return onReported(reported, templates, settings);
    }
    throw new IllegalArgumentException("unknown incident event " + event);
  }

  // NPI-007 5.2.2.1: a client's post in the group is acknowledged with 6.1; PRODEST's own detection is not
  private static List<Notification> onReported(IncidentReported reported, Templates templates, Settings settings) {
    if (reported.source() != ReportSource.WHATSAPP_GROUP) {
      return List.of();
    }
    Causation causation = reported.causation();
    MessageTemplate message = MessageTemplate.RECEIPT_ACKNOWLEDGEMENT;
    MessageFacts facts = MessageFacts.receiptAcknowledgement(
        reported.component(), settings.serviceDeskUrl(), causation.occurredAt());
    RenderedMessage rendered = MessageRenderer.render(templates.current(message), facts);
    return List.of(new Notification(Notification.idOf(causation.eventId(), message),
        causation.aggregateId(), null, causation, settings.reviewPolicy().requiresReview(message), rendered));
  }

  /** What rendering needs besides the event and the templates. */
  public record Settings(String serviceDeskUrl, ReviewPolicy reviewPolicy) {
  }
}
