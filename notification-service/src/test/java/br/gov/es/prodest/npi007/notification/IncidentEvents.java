package br.gov.es.prodest.npi007.notification;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.ReportJoined;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.incident.ServiceRequestLinked;
import br.gov.es.prodest.npi007.avro.incident.ServiceRestored;
import br.gov.es.prodest.npi007.avro.incident.StatementKind;
import br.gov.es.prodest.npi007.avro.incident.StatementPosted;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import br.gov.es.prodest.npi007.notification.message.adapter.kafka.NotificationPlacement;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import br.gov.es.prodest.npi007.notification.message.domain.Notification;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** Incident events as the incident-service writes them, each from its own command. */
final class IncidentEvents {

  private static final Actor NOTIFIER = new Actor("maria.silva", Role.NOTIFIER, "SESA", null);
  private static final Actor TEAM = new Actor("joao.souza", Role.TEAM, "PRODEST", null);

  private IncidentEvents() {
  }

  static IncidentReported reported(String incidentId, String component, ReportSource source, Instant at) {
    return new IncidentReported(envelope(incidentId, 1, at, NOTIFIER), component, "SESA", "Não consigo acessar.",
        source, "Maria Silva", null, null, null, null, null, null);
  }

  static ReportJoined joined(String incidentId, long sequence, String component, ReportSource source, Instant at) {
    return new ReportJoined(envelope(incidentId, sequence, at, NOTIFIER), component, "SEDU", "Também está fora do ar.", source,
        "Ana Costa", null, null, null, null);
  }

  static ServiceRequestLinked linked(String incidentId, long sequence, Instant at) {
    return ServiceRequestLinked.newBuilder().setEnvelope(envelope(incidentId, sequence, at, TEAM))
        .setSaNumber("SA-2025-000123").build();
  }

  static IncidentTriaged triaged(String incidentId, long sequence, String component, Verdict verdict, String impact,
      String organ, Instant at) {
    return new IncidentTriaged(envelope(incidentId, sequence, at, TEAM), component, verdict, impact, organ);
  }

  static ServiceRestored restored(String incidentId, long sequence, String component, Instant at) {
    return new ServiceRestored(envelope(incidentId, sequence, at, TEAM), component, "Servidor de aplicação reiniciado.");
  }

  static StatementPosted restorationStatement(String incidentId, long sequence, Instant at) {
    return new StatementPosted(envelope(incidentId, sequence, at, TEAM), StatementKind.RESTORATION,
        "O serviço foi normalizado.", null, null);
  }

  /** The id of the notification of {@code messageId} caused by the event: placed on its subject's partition. */
  static String notificationIdOf(EventEnvelope cause, String messageId) {
    return Notification.idOf(cause.getEventId(), MessageTemplate.byId(messageId).orElseThrow(), cause.getAggregateId(),
        NotificationPlacement.WITH_SUBJECT);
  }

  static String nameUuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  private static EventEnvelope envelope(String incidentId, long sequence, Instant at, Actor actor) {
    String commandId = UUID.randomUUID().toString();
    return new EventEnvelope(nameUuid(commandId + "/" + sequence), incidentId, sequence, at, actor, Origin.API,
        commandId, UUID.randomUUID().toString());
  }
}
