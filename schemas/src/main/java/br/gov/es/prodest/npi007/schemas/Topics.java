package br.gov.es.prodest.npi007.schemas;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.incident.AlertResolved;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.LinkMaintenance;
import br.gov.es.prodest.npi007.avro.incident.LinkServiceRequest;
import br.gov.es.prodest.npi007.avro.incident.MaintenanceLinked;
import br.gov.es.prodest.npi007.avro.incident.PostStatement;
import br.gov.es.prodest.npi007.avro.incident.RecordAlertResolution;
import br.gov.es.prodest.npi007.avro.incident.RecordServiceRequestUpdate;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.ReportJoined;
import br.gov.es.prodest.npi007.avro.incident.RestoreService;
import br.gov.es.prodest.npi007.avro.incident.ServiceRequestLinked;
import br.gov.es.prodest.npi007.avro.incident.ServiceRequestUpdated;
import br.gov.es.prodest.npi007.avro.incident.ServiceRestored;
import br.gov.es.prodest.npi007.avro.incident.StatementPosted;
import br.gov.es.prodest.npi007.avro.incident.TriageIncident;
import br.gov.es.prodest.npi007.avro.monitoring.AlertReceived;
import br.gov.es.prodest.npi007.avro.servicedesk.ServiceRequestEvent;
import br.gov.es.prodest.npi007.avro.notification.ApproveMessage;
import br.gov.es.prodest.npi007.avro.notification.MarkMessagePosted;
import br.gov.es.prodest.npi007.avro.notification.MessageApproved;
import br.gov.es.prodest.npi007.avro.notification.MessageEdited;
import br.gov.es.prodest.npi007.avro.notification.MessagePostedManually;
import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/**
 * The catalogue of topics: the only place where a topic's name is written.
 * Each service declares the topics it writes at start-up; broker auto-creation stays off.
 */
public final class Topics {

  /** Event topics are the system of record: kept forever, never compacted. */
  private static final Map<String, String> FOREVER =
      Map.of("retention.ms", "-1", "retention.bytes", "-1", "cleanup.policy", "delete");
  private static final Map<String, String> SEVEN_DAYS =
      Map.of("retention.ms", String.valueOf(7L * 24 * 3600 * 1000), "cleanup.policy", "delete");
  private static final Map<String, String> ONE_DAY =
      Map.of("retention.ms", String.valueOf(24L * 3600 * 1000), "cleanup.policy", "delete");
  private static final int PARTITIONS = 6;

  public static final String INCIDENT_SERVICE = "incident-service";
  public static final String NOTIFICATION_SERVICE = "notification-service";
  public static final String GATEWAY = "gateway";

  /** Commands to the incident aggregate, keyed by incident id, written by the gateway. */
  public static final TopicSpec INCIDENT_COMMANDS = new TopicSpec(
      "npi007.incident.commands", "incidentId",
      List.of(ReportIncident.class, LinkServiceRequest.class, TriageIncident.class, RestoreService.class,
          PostStatement.class, LinkMaintenance.class, RecordServiceRequestUpdate.class, RecordAlertResolution.class),
      GATEWAY, PARTITIONS, SEVEN_DAYS);

  /** The incident events: the system of record of every incident, keyed by incident id. */
  public static final TopicSpec INCIDENT_EVENTS = new TopicSpec(
      "npi007.incident.events", "incidentId",
      List.of(IncidentReported.class, ReportJoined.class, ServiceRequestLinked.class, IncidentTriaged.class,
          ServiceRestored.class, StatementPosted.class, MaintenanceLinked.class, ServiceRequestUpdated.class,
          AlertResolved.class),
      INCIDENT_SERVICE, PARTITIONS, FOREVER);

  /** The answer to each incident command, keyed by incident id; the gateway waits for it. */
  public static final TopicSpec INCIDENT_COMMAND_RESULTS = new TopicSpec(
      "npi007.incident.command-results", "incidentId", List.of(CommandResult.class),
      INCIDENT_SERVICE, PARTITIONS, ONE_DAY);

  /**
   * SA events of the service desk, keyed by SA number: written by the gateway from the signed
   * webhook, or by the service desk's own Kafka producer; read by the incident-service.
   */
  public static final TopicSpec SERVICE_DESK_EVENTS = new TopicSpec(
      "npi007.servicedesk.sa-events", "saNumber", List.of(ServiceRequestEvent.class),
      GATEWAY, PARTITIONS, FOREVER);

  /** Monitoring alerts, one record per alert, keyed by fingerprint: written by the gateway's webhooks. */
  public static final TopicSpec MONITORING_ALERTS = new TopicSpec(
      "npi007.monitoring.alerts", "fingerprint", List.of(AlertReceived.class),
      GATEWAY, PARTITIONS, FOREVER);

  /** Incident commands, SA events and alerts that could not be decoded or applied, with the reason in the headers. */
  public static final TopicSpec INCIDENT_SERVICE_DEAD_LETTERS = new TopicSpec(
      "npi007.incident-service.dead-letters", "the original key", List.of(),
      INCIDENT_SERVICE, 1, FOREVER);

  /** The outbox: every rendered message of the norm and what ASCOM did with it, keyed by notification id. */
  public static final TopicSpec NOTIFICATIONS = new TopicSpec(
      "npi007.notification.notifications", "notificationId",
      List.of(MessageRendered.class, MessageEdited.class, MessageApproved.class, MessagePostedManually.class),
      NOTIFICATION_SERVICE, PARTITIONS, FOREVER);

  /** ASCOM's commands on the outbox, keyed by notification id, written by the gateway. */
  public static final TopicSpec NOTIFICATION_COMMANDS = new TopicSpec(
      "npi007.notification.commands", "notificationId", List.of(ApproveMessage.class, MarkMessagePosted.class),
      GATEWAY, PARTITIONS, SEVEN_DAYS);

  /** The answer to each outbox command, keyed by notification id; the gateway waits for it. */
  public static final TopicSpec NOTIFICATION_COMMAND_RESULTS = new TopicSpec(
      "npi007.notification.command-results", "notificationId", List.of(CommandResult.class),
      NOTIFICATION_SERVICE, PARTITIONS, ONE_DAY);

  /** Events the notification-service could not decode, with the reason in the headers. */
  public static final TopicSpec NOTIFICATION_SERVICE_DEAD_LETTERS = new TopicSpec(
      "npi007.notification-service.dead-letters", "the original key", List.of(),
      NOTIFICATION_SERVICE, 1, FOREVER);

  private static final List<TopicSpec> ALL = List.of(
      INCIDENT_COMMANDS, INCIDENT_EVENTS, INCIDENT_COMMAND_RESULTS, SERVICE_DESK_EVENTS, MONITORING_ALERTS,
      INCIDENT_SERVICE_DEAD_LETTERS,
      NOTIFICATIONS, NOTIFICATION_COMMANDS, NOTIFICATION_COMMAND_RESULTS, NOTIFICATION_SERVICE_DEAD_LETTERS);

  private Topics() {
  }

  public static List<TopicSpec> all() {
    return ALL;
  }

  /** The topics one service writes, and so declares at start-up. */
  public static List<TopicSpec> writtenBy(String service) {
    return ALL.stream().filter(topic -> topic.writer().equals(service)).toList();
  }

  /** Every Avro record that travels on some topic: the set the compatibility gate guards. */
  public static List<Class<? extends SpecificRecord>> messageTypes() {
    return ALL.stream().flatMap(topic -> topic.valueTypes().stream()).distinct().toList();
  }

  /** Header names used on dead-letter records. */
  public static final class DeadLetterHeaders {
    public static final String REASON = "npi007.dlt.reason";
    public static final String SOURCE_TOPIC = "npi007.dlt.source-topic";
    public static final String SOURCE_PARTITION = "npi007.dlt.source-partition";
    public static final String SOURCE_OFFSET = "npi007.dlt.source-offset";

    private DeadLetterHeaders() {
    }
  }
}
