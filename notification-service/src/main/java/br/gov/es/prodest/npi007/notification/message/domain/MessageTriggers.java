package br.gov.es.prodest.npi007.notification.message.domain;

import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent.IncidentReported;
import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent.IncidentTriaged;
import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent.ReportJoined;
import br.gov.es.prodest.npi007.notification.message.domain.IncidentEvent.ServiceRestored;
import java.time.Instant;
import java.util.List;

/** The norm's triggers: which message an incident event calls for, and the facts it says. */
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
      // NPI-007 5.2.2.5
      return List.of(new DueMessage(MessageTemplate.SERVICE_RESTORED,
          MessageFacts.serviceRestored(restored.component(), at), restoredAudience(restored)));
    }
    throw new IllegalArgumentException("unknown incident event " + event);
  }

  // NPI-007 5.2.2.1: a client's post in the group is acknowledged with 6.1; PRODEST's own detection is not
  private static List<DueMessage> acknowledgement(ReportSource source, String component, String serviceDeskUrl,
      Instant at) {
    if (source != ReportSource.WHATSAPP_GROUP) {
      return List.of();
    }
    return List.of(new DueMessage(MessageTemplate.RECEIPT_ACKNOWLEDGEMENT,
        MessageFacts.receiptAcknowledgement(component, serviceDeskUrl, at)));
  }

  // NPI-007 5.2.2.2-5.2.2.4
  private static DueMessage verdictNotice(IncidentTriaged triaged, OrganNames organs, Instant at) {
    String component = triaged.component();
    return switch (triaged.verdict()) {
      case NOT_CONFIRMED -> new DueMessage(MessageTemplate.NORMAL_STATUS, MessageFacts.normalStatus(component, at));
      case CONFIRMED_GENERAL -> new DueMessage(MessageTemplate.UNAVAILABILITY_NOTICE,
          MessageFacts.unavailabilityNotice(component, triaged.impact(), at));
      case CONFIRMED_RESTRICTED -> new DueMessage(MessageTemplate.RESTRICTED_UNAVAILABILITY_NOTICE,
          MessageFacts.restrictedUnavailabilityNotice(organName(triaged.organ(), organs), component,
              triaged.impact(), at), Audience.affected(triaged.organ()));
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
