package br.gov.es.prodest.npi007.schemas;

import br.gov.es.prodest.npi007.avro.command.CommandResult;
import br.gov.es.prodest.npi007.avro.incident.AlertResolved;
import br.gov.es.prodest.npi007.avro.incident.AssignIncident;
import br.gov.es.prodest.npi007.avro.incident.IncidentAssigned;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.LinkMaintenance;
import br.gov.es.prodest.npi007.avro.incident.LinkServiceRequest;
import br.gov.es.prodest.npi007.avro.incident.MaintenanceLinked;
import br.gov.es.prodest.npi007.avro.incident.PostStatement;
import br.gov.es.prodest.npi007.avro.incident.RecordAcknowledgement;
import br.gov.es.prodest.npi007.avro.incident.RecordAlertResolution;
import br.gov.es.prodest.npi007.avro.incident.RecordServiceRequestUpdate;
import br.gov.es.prodest.npi007.avro.incident.ReportIncident;
import br.gov.es.prodest.npi007.avro.incident.ReportAcknowledged;
import br.gov.es.prodest.npi007.avro.incident.ReportJoined;
import br.gov.es.prodest.npi007.avro.incident.RestoreService;
import br.gov.es.prodest.npi007.avro.incident.ServiceRequestLinked;
import br.gov.es.prodest.npi007.avro.incident.ServiceRequestUpdated;
import br.gov.es.prodest.npi007.avro.incident.ServiceRestored;
import br.gov.es.prodest.npi007.avro.incident.StatementPosted;
import br.gov.es.prodest.npi007.avro.incident.TriageIncident;
import br.gov.es.prodest.npi007.avro.monitoring.AlertReceived;
import br.gov.es.prodest.npi007.avro.servicedesk.ServiceRequestEvent;
import br.gov.es.prodest.npi007.avro.unit.UnitUpdated;
import br.gov.es.prodest.npi007.avro.maintenance.CancelMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.CompleteMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceAnnounced;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceCancelled;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceCompleted;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceReminderDue;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceReminderSkipped;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceRequested;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceRescheduled;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceStarted;
import br.gov.es.prodest.npi007.avro.maintenance.RecordAnnouncement;
import br.gov.es.prodest.npi007.avro.maintenance.RequestMaintenance;
import br.gov.es.prodest.npi007.avro.maintenance.RescheduleMaintenance;
import br.gov.es.prodest.npi007.avro.notification.ApproveMessage;
import br.gov.es.prodest.npi007.avro.notification.DeliveryDeadLettered;
import br.gov.es.prodest.npi007.avro.notification.DeliveryFailed;
import br.gov.es.prodest.npi007.avro.notification.DeliveryStarted;
import br.gov.es.prodest.npi007.avro.notification.DeliverySucceeded;
import br.gov.es.prodest.npi007.avro.notification.MessageDelivered;
import br.gov.es.prodest.npi007.avro.component.ComponentUpdated;
import br.gov.es.prodest.npi007.avro.organ.OrganUpdated;
import br.gov.es.prodest.npi007.avro.status.StatusSubscription;
import br.gov.es.prodest.npi007.avro.whatsapp.GroupMemberUpdated;
import br.gov.es.prodest.npi007.avro.whatsapp.GroupPostDecided;
import br.gov.es.prodest.npi007.avro.whatsapp.GroupPostDismissed;
import br.gov.es.prodest.npi007.avro.whatsapp.GroupPostReceived;
import br.gov.es.prodest.npi007.avro.notification.MarkMessagePosted;
import br.gov.es.prodest.npi007.avro.notification.MessageApproved;
import br.gov.es.prodest.npi007.avro.notification.MessageEdited;
import br.gov.es.prodest.npi007.avro.notification.MessagePostedManually;
import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
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
  /**
   * Personal data that must be erasable: compacted, so that a tombstone removes every earlier record
   * of its key; a segment rolls daily (the active one is never compacted) and a tombstone stays a day
   * for the readers to see it.
   */
  private static final Map<String, String> COMPACTED = Map.of("cleanup.policy", "compact",
      "segment.ms", String.valueOf(24L * 3600 * 1000), "delete.retention.ms", String.valueOf(24L * 3600 * 1000));
  private static final int PARTITIONS = 6;

  public static final String INCIDENT_SERVICE = "incident-service";
  public static final String NOTIFICATION_SERVICE = "notification-service";
  public static final String MAINTENANCE_SERVICE = "maintenance-service";
  public static final String GATEWAY = "gateway";

  /** Commands to the incident aggregate, keyed by incident id, written by the gateway. */
  public static final TopicSpec INCIDENT_COMMANDS = new TopicSpec(
      "npi007.incident.commands", "incidentId",
      List.of(ReportIncident.class, LinkServiceRequest.class, TriageIncident.class, RestoreService.class,
          PostStatement.class, LinkMaintenance.class, RecordServiceRequestUpdate.class, RecordAlertResolution.class,
          RecordAcknowledgement.class, AssignIncident.class),
      GATEWAY, PARTITIONS, SEVEN_DAYS);

  /** The incident events: the system of record of every incident, keyed by incident id. */
  public static final TopicSpec INCIDENT_EVENTS = new TopicSpec(
      "npi007.incident.events", "incidentId",
      List.of(IncidentReported.class, ReportJoined.class, ServiceRequestLinked.class, IncidentTriaged.class,
          ServiceRestored.class, StatementPosted.class, MaintenanceLinked.class, ServiceRequestUpdated.class,
          AlertResolved.class, ReportAcknowledged.class, IncidentAssigned.class),
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

  /**
   * What happened to each delivery of each message (attempts, outcomes, give-ups) and, once per
   * notification, that it reached everyone: keyed by notification id, with as many partitions as
   * the notifications topic, written by the notification-service's delivery.
   */
  public static final TopicSpec DELIVERIES = new TopicSpec(
      "npi007.notification.deliveries", "notificationId",
      List.of(DeliveryStarted.class, DeliverySucceeded.class, DeliveryFailed.class, DeliveryDeadLettered.class,
          MessageDelivered.class),
      NOTIFICATION_SERVICE, PARTITIONS, FOREVER);

  /** Deliveries given up (attempts exhausted, permanent refusal, unknown outcome), for ASCOM and operators. */
  public static final TopicSpec DELIVERY_DEAD_LETTERS = new TopicSpec(
      "npi007.notification.delivery-dead-letters", "notificationId", List.of(DeliveryDeadLettered.class),
      NOTIFICATION_SERVICE, 1, FOREVER);

  /** Commands to the maintenance aggregate, keyed by maintenance id, written by the gateway. */
  public static final TopicSpec MAINTENANCE_COMMANDS = new TopicSpec(
      "npi007.maintenance.commands", "maintenanceId",
      List.of(RequestMaintenance.class, RescheduleMaintenance.class, CancelMaintenance.class,
          CompleteMaintenance.class, RecordAnnouncement.class),
      GATEWAY, PARTITIONS, SEVEN_DAYS);

  /** The maintenance events (timers' included): the system of record of every maintenance, keyed by maintenance id. */
  public static final TopicSpec MAINTENANCE_EVENTS = new TopicSpec(
      "npi007.maintenance.events", "maintenanceId",
      List.of(MaintenanceRequested.class, MaintenanceRescheduled.class, MaintenanceCancelled.class,
          MaintenanceAnnounced.class, MaintenanceReminderDue.class, MaintenanceReminderSkipped.class,
          MaintenanceStarted.class, MaintenanceCompleted.class),
      MAINTENANCE_SERVICE, PARTITIONS, FOREVER);

  /** The answer to each maintenance command, keyed by maintenance id; the gateway waits for it. */
  public static final TopicSpec MAINTENANCE_COMMAND_RESULTS = new TopicSpec(
      "npi007.maintenance.command-results", "maintenanceId", List.of(CommandResult.class),
      MAINTENANCE_SERVICE, PARTITIONS, ONE_DAY);

  /** Maintenance commands and intake records that could not be decoded or applied, with the reason in the headers. */
  public static final TopicSpec MAINTENANCE_SERVICE_DEAD_LETTERS = new TopicSpec(
      "npi007.maintenance-service.dead-letters", "the original key", List.of(),
      MAINTENANCE_SERVICE, 1, FOREVER);

  /**
   * The organ catalogue as ADMIN changes it (PUT /api/v1/organs/{code}), keyed by organ code: the
   * latest event of a code wins over the catalogue shipped in this jar (npi007/organs.json).
   */
  public static final TopicSpec ORGANS = new TopicSpec(
      "npi007.organ.catalogue", "organ code", List.of(OrganUpdated.class),
      GATEWAY, 1, FOREVER);

  /**
   * The catalogue of functional units (NPI-007 section 4) as ADMIN changes it (PUT /api/v1/units/{code}),
   * keyed by unit code: the latest event of a code wins over the catalogue shipped in this jar
   * (npi007/units.json). Issue 15.
   */
  public static final TopicSpec UNITS = new TopicSpec(
      "npi007.unit.catalogue", "unit code", List.of(UnitUpdated.class),
      GATEWAY, 1, FOREVER);

  /**
   * The component catalogue as ADMIN changes it (PUT /api/v1/components/{slug}), keyed by slug: which
   * components the public status page shows, under which name and group. The latest event of a slug
   * wins over the catalogue shipped in this jar (npi007/components.json). Reports name components
   * freely; one belongs to the slug its name reduces to ({@link ComponentSlug}).
   */
  public static final TopicSpec COMPONENTS = new TopicSpec(
      "npi007.component.catalogue", "component slug", List.of(ComponentUpdated.class),
      GATEWAY, 1, FOREVER);

  /**
   * E-mail subscriptions to the public status page (issue 12), keyed by subscription id: the latest
   * record is the subscription as it is now, a tombstone its end. Compacted, so that an ended
   * subscription's address is erased (LGPD). Written by the gateway, read by the notification-service.
   */
  public static final TopicSpec STATUS_SUBSCRIPTIONS = new TopicSpec(
      "npi007.status.subscriptions", "subscription id", List.of(StatusSubscription.class),
      GATEWAY, 1, COMPACTED);

  /**
   * The posts of the WhatsApp group (issue 14), keyed by the provider's message id, written by the
   * gateway from the providers' webhooks and read by the incident-service, which links SA numbers;
   * a dismissal of a post's suggestion by TEAM or ASCOM travels with the post.
   * They hold phone numbers (LGPD), so they are kept for a time only: 90 days at creation, which
   * the gateway sets from {@code NPI007_GROUP_POST_RETENTION}; the incidents keep only the evidence.
   */
  public static final TopicSpec GROUP_POSTS = new TopicSpec(
      "npi007.whatsapp.group-posts", "postId", List.of(GroupPostReceived.class, GroupPostDismissed.class),
      GATEWAY, PARTITIONS, Map.of("retention.ms", String.valueOf(90L * 24 * 3600 * 1000), "cleanup.policy", "delete"));

  /**
   * What each post of the group led to (issue 14), once per post id, keyed by it: written by the
   * incident-service's group-post step, read by its group feed. No personal data.
   */
  public static final TopicSpec GROUP_POST_DECISIONS = new TopicSpec(
      "npi007.whatsapp.group-post-decisions", "postId", List.of(GroupPostDecided.class),
      INCIDENT_SERVICE, PARTITIONS, FOREVER);

  /**
   * The WhatsApp group's member directory as ADMIN keeps it (PUT/DELETE /api/v1/group-members/{number}),
   * keyed by phone number: the latest record is the member, a tombstone its removal. Compacted, so a
   * removed member's number is erased (LGPD). Written and read by the gateway only.
   */
  public static final TopicSpec GROUP_MEMBERS = new TopicSpec(
      "npi007.whatsapp.group-members", "phone number", List.of(GroupMemberUpdated.class),
      GATEWAY, 1, COMPACTED);

  /**
   * Not part of the system (so not in {@link #all()}): the raw-Kafka baseline of the benchmarks
   * writes here, on the same broker, to measure what the pipeline's figures are a ratio to. The
   * benchmark creates and deletes it.
   */
  public static final TopicSpec BENCHMARK_BASELINE = new TopicSpec(
      "npi007.benchmark.baseline", "none", List.of(), "benchmarks", 1, ONE_DAY);

  /** Not part of the system either: the input and output of the benchmark's one exactly-once hop. */
  public static final TopicSpec BENCHMARK_EOS_INPUT = new TopicSpec(
      "npi007.benchmark.baseline.eos-in", "none", List.of(), "benchmarks", 1, ONE_DAY);
  public static final TopicSpec BENCHMARK_EOS_OUTPUT = new TopicSpec(
      "npi007.benchmark.baseline.eos-out", "none", List.of(), "benchmarks", 1, ONE_DAY);

  private static final List<TopicSpec> ALL = List.of(
      INCIDENT_COMMANDS, INCIDENT_EVENTS, INCIDENT_COMMAND_RESULTS, SERVICE_DESK_EVENTS, MONITORING_ALERTS,
      INCIDENT_SERVICE_DEAD_LETTERS,
      NOTIFICATIONS, NOTIFICATION_COMMANDS, NOTIFICATION_COMMAND_RESULTS, NOTIFICATION_SERVICE_DEAD_LETTERS,
      DELIVERIES, DELIVERY_DEAD_LETTERS,
      MAINTENANCE_COMMANDS, MAINTENANCE_EVENTS, MAINTENANCE_COMMAND_RESULTS, MAINTENANCE_SERVICE_DEAD_LETTERS,
      ORGANS, UNITS, COMPONENTS, STATUS_SUBSCRIPTIONS, GROUP_POSTS, GROUP_POST_DECISIONS, GROUP_MEMBERS);

  private Topics() {
  }

  public static List<TopicSpec> all() {
    return ALL;
  }

  /** The catalogue topic of this name, if there is one. */
  public static Optional<TopicSpec> named(String name) {
    return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
  }

  /** The topics one service writes, and so declares at start-up. */
  public static List<TopicSpec> writtenBy(String service) {
    return ALL.stream().filter(topic -> topic.writer().equals(service)).toList();
  }

  /** Every Avro record that travels on some topic. */
  public static List<Class<? extends SpecificRecord>> messageTypes() {
    return ALL.stream().flatMap(topic -> topic.valueTypes().stream()).distinct().toList();
  }

  /**
   * Every Avro record the system keeps in Kafka: the messages, and the records of the aggregate
   * stores (on their changelog topics). The set the compatibility gate guards and the codec reads.
   */
  public static List<Class<? extends SpecificRecord>> recordTypes() {
    return Stream.concat(messageTypes().stream(), StoreRecords.types().stream()).distinct().toList();
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
