package br.gov.es.prodest.npi007.notification.message.domain;

import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent.IncidentReported;
import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent.IncidentTriaged;
import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent.ReportJoined;
import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent.ServiceRestored;
import br.gov.es.prodest.npi007.schemas.norm.NormTrigger;
import java.time.Instant;
import java.util.List;

/**
 * The message an incident event calls for, as the catalogue's {@link NormTrigger}s say (the one place
 * of the rule "event X requires message Y", with its section of NPI-007), and the facts it says.
 */
public final class MessageTriggers {

  private MessageTriggers() {
  }

  /** The messages the event calls for, none when the norm asks for none; "Data/Hora" is the event's time. */
  public static List<DueMessage> messagesFor(IncidentEvent event, String serviceDeskUrl, OrganNames organs) {
    Instant at = event.causation().occurredAt();
    if (event instanceof IncidentReported reported) {
      return acknowledgement(reported.source(), reported.component(), serviceDeskUrl, at);
    }
    if (event instanceof ReportJoined joined) {
      return acknowledgement(joined.source(), joined.component(), serviceDeskUrl, at);
    }
    if (event instanceof IncidentTriaged triaged) {
      return List.of(verdictNotice(triaged, organs, at));
    }
    if (event instanceof ServiceRestored restored) {
      return List.of(new DueMessage(MessageTemplate.dueOn(NormTrigger.SERVICE_RESTORED),
          MessageFacts.serviceRestored(restored.component(), at), restoredAudience(restored)));
    }
    throw new IllegalArgumentException("unknown incident event " + event);
  }

  private static List<DueMessage> acknowledgement(ReportSource source, String component, String serviceDeskUrl,
      Instant at) {
    return NormTrigger.ofReport(source.name()).map(trigger -> List.of(new DueMessage(MessageTemplate.dueOn(trigger),
        MessageFacts.receiptAcknowledgement(component, serviceDeskUrl, at)))).orElse(List.of());
  }

  /** The verdict's message, with the facts that message's template names. */
  private static DueMessage verdictNotice(IncidentTriaged triaged, OrganNames organs, Instant at) {
    String component = triaged.component();
    MessageTemplate message = MessageTemplate.dueOn(NormTrigger.ofVerdict(triaged.verdict().name()));
    return switch (message) {
      case NORMAL_STATUS -> new DueMessage(message, MessageFacts.normalStatus(component, at));
      case UNAVAILABILITY_NOTICE -> new DueMessage(message,
          MessageFacts.unavailabilityNotice(component, triaged.impact(), at));
      case RESTRICTED_UNAVAILABILITY_NOTICE -> new DueMessage(message,
          MessageFacts.restrictedUnavailabilityNotice(organName(triaged.organ(), organs), component,
              triaged.impact(), at), Audience.affected(triaged.organ()));
      default -> throw new IllegalStateException(message.id() + " is not a verdict's message");
    };
  }

  /** 6.4 is e-mailed to whom the verdict's message went: every organ, or the affected one and PRODEST. */
  private static Audience restoredAudience(ServiceRestored restored) {
    return restored.verdict() == Verdict.CONFIRMED_RESTRICTED ? Audience.affected(restored.affectedOrgan())
        : Audience.everyOrgan();
  }

  /** The catalogue's name; a code it does not know is printed as it is. */
  private static String organName(String code, OrganNames organs) {
    return code == null ? null : organs.nameOf(code).orElse(code);
  }
}
