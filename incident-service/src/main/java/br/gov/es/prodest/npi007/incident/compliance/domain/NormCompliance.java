package br.gov.es.prodest.npi007.incident.compliance.domain;

import br.gov.es.prodest.npi007.incident.domain.ExistingIncident;
import br.gov.es.prodest.npi007.incident.domain.Incident;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import br.gov.es.prodest.npi007.incident.domain.IncidentTriaged;
import br.gov.es.prodest.npi007.incident.domain.ReportAcknowledged;
import br.gov.es.prodest.npi007.incident.domain.ReportJoined;
import br.gov.es.prodest.npi007.incident.domain.ServiceRequestLinked;
import br.gov.es.prodest.npi007.incident.domain.ServiceRestored;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageProgress;
import br.gov.es.prodest.npi007.schemas.norm.NormMessage;
import br.gov.es.prodest.npi007.schemas.norm.NormTrigger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which messages the norm (NPI-007 5.2.2) requires of an incident, by when, and whether and when
 * they went out. Which event requires which message is the catalogue's ({@link NormMessage},
 * {@link NormTrigger}); how long each may take, the {@link ComplianceDeadlines}'.
 */
public final class NormCompliance {

  private NormCompliance() {
  }

  /**
   * The incident, from its events in sequence order (the first is its report), against its
   * messages, at {@code now}: a required message that has not reached the group is pending until
   * its deadline and overdue from then on.
   */
  public static ComplianceReport assess(List<IncidentEvent> history, List<MessageProgress> messages,
      ComplianceDeadlines deadlines, Instant now) {
    IncidentReported reported = (IncidentReported) history.get(0);
    Instant reportedAt = reported.envelope().occurredAt();
    List<RequiredMessage> required = required(history, deadlines);
    List<ComplianceReport.Overdue> overdue = new ArrayList<>();
    List<ComplianceReport.Pending> pending = new ArrayList<>();
    for (RequiredMessage message : required) {
      if (reachedAt(messages, message.messageId()).isPresent()) {
        continue;
      }
      if (now.isBefore(message.dueAt())) {
        pending.add(new ComplianceReport.Pending(message.messageId(), message.dueAt()));
      } else {
        overdue.add(new ComplianceReport.Overdue(message.messageId(), message.dueAt(),
            Duration.between(message.dueAt(), now).getSeconds()));
      }
    }
    Instant acknowledged = reachedAt(messages, NormMessage.RECEIPT_ACKNOWLEDGEMENT.id())
        .or(() -> first(history, ReportAcknowledged.class)).orElse(null);
    ComplianceTimings timings = new ComplianceTimings(seconds(reportedAt, acknowledged),
        seconds(reportedAt, first(history, IncidentTriaged.class).orElse(null)),
        seconds(reportedAt, reachedAt(messages, NormMessage.SERVICE_RESTORED.id()).orElse(null)));
    ExistingIncident incident = (ExistingIncident) Incident.fold(history);
    String unit = incident.facts().unit();
    boolean confirmed = history.stream()
        .anyMatch(event -> event instanceof IncidentTriaged triaged && triaged.verdict().confirmed());
    return new ComplianceReport(reported.envelope().aggregateId(), incident.status(), reported.component(),
        reportedAt, unit, confirmed && unit == null, required, messages, overdue, pending, timings);
  }

  /** The messages the incident's events call for, in the order they became due, each with its deadline. */
  static List<RequiredMessage> required(List<IncidentEvent> history, ComplianceDeadlines deadlines) {
    List<RequiredMessage> required = new ArrayList<>();
    Instant saLinkedAt = null;
    for (IncidentEvent event : history) {
      if (event instanceof ServiceRequestLinked && saLinkedAt == null) {
        saLinkedAt = event.envelope().occurredAt();
      }
      Instant clockStart = event instanceof IncidentTriaged && saLinkedAt != null ? saLinkedAt
          : event.envelope().occurredAt();
      requiredBy(event, deadlines, clockStart).filter(message -> required.stream()
          .noneMatch(known -> known.messageId().equals(message.messageId()))).ifPresent(required::add);
    }
    return required;
  }

  private static Optional<RequiredMessage> requiredBy(IncidentEvent event, ComplianceDeadlines deadlines,
      Instant clockStart) {
    return trigger(event).filter(trigger -> NormMessage.requiredBy(trigger).requiredOfIncidents())
        .map(trigger -> new RequiredMessage(NormMessage.requiredBy(trigger), trigger.why(organ(event)),
            clockStart.plus(deadline(event, deadlines))));
  }

  // 6.1 answers a report, 6.2/6.3/6.6 a verdict, 6.4 a restoration
  private static Duration deadline(IncidentEvent event, ComplianceDeadlines deadlines) {
    if (event instanceof IncidentTriaged) {
      return deadlines.verdict();
    } else if (event instanceof ServiceRestored) {
      return deadlines.restoration();
    }
    return deadlines.acknowledgement();
  }

  // The event in the catalogue's wire terms: same names as the domain's enums
  private static Optional<NormTrigger> trigger(IncidentEvent event) {
    if (event instanceof IncidentReported reported) {
      return NormTrigger.ofReport(reported.source().name());
    } else if (event instanceof ReportJoined joined) {
      return NormTrigger.ofReport(joined.source().name());
    } else if (event instanceof IncidentTriaged triaged) {
      return Optional.of(NormTrigger.ofVerdict(triaged.verdict().name()));
    } else if (event instanceof ServiceRestored) {
      return Optional.of(NormTrigger.SERVICE_RESTORED);
    }
    return Optional.empty();
  }

  private static String organ(IncidentEvent event) {
    return event instanceof IncidentTriaged triaged ? triaged.organ() : null;
  }

  // When the first message of this id reached the group (delivered or posted by hand).
  private static Optional<Instant> reachedAt(List<MessageProgress> messages, String messageId) {
    return messages.stream().filter(message -> messageId.equals(message.messageId()))
        .filter(message -> message.status().reached()).map(MessageProgress::reachedAt).filter(Objects::nonNull)
        .min(Comparator.naturalOrder());
  }

  private static Optional<Instant> first(List<IncidentEvent> history, Class<? extends IncidentEvent> type) {
    return history.stream().filter(type::isInstance).map(event -> event.envelope().occurredAt()).findFirst();
  }

  private static Long seconds(Instant from, Instant to) {
    return to == null ? null : Duration.between(from, to).getSeconds();
  }
}
