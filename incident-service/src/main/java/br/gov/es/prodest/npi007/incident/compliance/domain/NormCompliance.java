package br.gov.es.prodest.npi007.incident.compliance.domain;

import br.gov.es.prodest.npi007.incident.domain.Incident;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import br.gov.es.prodest.npi007.incident.domain.IncidentTriaged;
import br.gov.es.prodest.npi007.incident.domain.ReportAcknowledged;
import br.gov.es.prodest.npi007.incident.domain.ReportJoined;
import br.gov.es.prodest.npi007.incident.domain.ReportSource;
import br.gov.es.prodest.npi007.incident.domain.ServiceRestored;
import br.gov.es.prodest.npi007.incident.messages.domain.MessageProgress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Which messages the norm (NPI-007 5.2.2) requires of an incident, and whether and when they went out. */
public final class NormCompliance {

  private NormCompliance() {
  }

  /** The incident, from its events in sequence order (the first is its report), against its messages. */
  public static ComplianceReport assess(List<IncidentEvent> history, List<MessageProgress> messages) {
    IncidentReported reported = (IncidentReported) history.get(0);
    Instant reportedAt = reported.envelope().occurredAt();
    List<RequiredMessage> required = required(history);
    List<String> missing = required.stream().map(RequiredMessage::messageId)
        .filter(messageId -> reachedAt(messages, messageId).isEmpty()).toList();
    Instant acknowledged = reachedAt(messages, "6.1").or(() -> first(history, ReportAcknowledged.class)).orElse(null);
    ComplianceTimings timings = new ComplianceTimings(seconds(reportedAt, acknowledged),
        seconds(reportedAt, first(history, IncidentTriaged.class).orElse(null)),
        seconds(reportedAt, reachedAt(messages, "6.4").orElse(null)));
    return new ComplianceReport(reported.envelope().aggregateId(),
        Incident.replay(history).currentStatus().orElseThrow(), reported.component(), reportedAt, required, messages, missing, timings);
  }

  /** The messages the incident's events call for, in the order they became due. */
  static List<RequiredMessage> required(List<IncidentEvent> history) {
    List<RequiredMessage> required = new ArrayList<>();
    for (IncidentEvent event : history) {
      requiredBy(event).filter(message -> required.stream()
          .noneMatch(known -> known.messageId().equals(message.messageId()))).ifPresent(required::add);
    }
    return required;
  }

  private static Optional<RequiredMessage> requiredBy(IncidentEvent event) {
    if (event instanceof IncidentReported reported && reported.source() == ReportSource.WHATSAPP_GROUP
        || event instanceof ReportJoined joined && joined.source() == ReportSource.WHATSAPP_GROUP) {
      return Optional.of(new RequiredMessage("6.1",
          "relato de cliente no Grupo de WhatsApp TI ES: confirmação de recebimento (NPI-007 5.2.2.1)"));
    } else if (event instanceof IncidentTriaged triaged) {
      return Optional.of(switch (triaged.verdict()) {
        case NOT_CONFIRMED -> new RequiredMessage("6.2", "indisponibilidade não confirmada (NPI-007 5.2.2.2)");
        case CONFIRMED_RESTRICTED -> new RequiredMessage("6.6",
            "incidente confirmado, restrito ao órgão " + triaged.organ() + " (NPI-007 5.2.2.3)");
        case CONFIRMED_GENERAL -> new RequiredMessage("6.3", "incidente confirmado para todos (NPI-007 5.2.2.4)");
      });
    } else if (event instanceof ServiceRestored) {
      return Optional.of(new RequiredMessage("6.4", "serviço restabelecido (NPI-007 5.2.2.5)"));
    }
    return Optional.empty();
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
