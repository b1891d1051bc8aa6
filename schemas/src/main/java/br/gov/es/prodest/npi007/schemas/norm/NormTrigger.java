package br.gov.es.prodest.npi007.schemas.norm;

import java.util.List;
import java.util.Optional;

/**
 * What the norm's messages follow from, in wire terms: the event types of the incident and
 * maintenance event topics (generated Avro classes, named here by their simple names so that the
 * catalogue stays plain Java) and, where it matters, one field's value. Each trigger cites the rule
 * of NPI-007 (or of CONTRACTS.md, "Maintenance", for the notices that follow a 6.5) that asks for
 * its message, and says why in Portuguese, as the compliance report shows it.
 */
public enum NormTrigger {

  /** A client's post in the WhatsApp group, a new incident or one joining it; PRODEST's own detection is not. */
  REPORT_FROM_WHATSAPP_GROUP(Subject.INCIDENT, List.of("IncidentReported", "ReportJoined"), "source", "WHATSAPP_GROUP",
      "5.2.2.1", "relato de cliente no Grupo de WhatsApp TI ES: confirmação de recebimento"),
  VERDICT_NOT_CONFIRMED(Subject.INCIDENT, List.of("IncidentTriaged"), "verdict", "NOT_CONFIRMED",
      "5.2.2.2", "indisponibilidade não confirmada"),
  VERDICT_CONFIRMED_RESTRICTED(Subject.INCIDENT, List.of("IncidentTriaged"), "verdict", "CONFIRMED_RESTRICTED",
      "5.2.2.3", "incidente confirmado, restrito ao órgão {órgão}"),
  VERDICT_CONFIRMED_GENERAL(Subject.INCIDENT, List.of("IncidentTriaged"), "verdict", "CONFIRMED_GENERAL",
      "5.2.2.4", "incidente confirmado para todos"),
  SERVICE_RESTORED(Subject.INCIDENT, List.of("ServiceRestored"), null, null,
      "5.2.2.5", "serviço restabelecido"),
  MAINTENANCE_REQUESTED(Subject.MAINTENANCE, List.of("MaintenanceRequested"), null, null,
      "5.2.2.6", "manutenção programada"),
  MAINTENANCE_RESCHEDULED(Subject.MAINTENANCE, List.of("MaintenanceRescheduled"), null, null,
      "5.2.2.6", "manutenção programada reagendada"),
  MAINTENANCE_CANCELLED(Subject.MAINTENANCE, List.of("MaintenanceCancelled"), null, null,
      "5.2.2.6", "manutenção programada cancelada"),
  MAINTENANCE_REMINDER_DUE(Subject.MAINTENANCE, List.of("MaintenanceReminderDue"), null, null,
      "5.2.2.6", "lembrete de manutenção programada");

  /** Whose events trigger it: an incident's or a maintenance's. */
  public enum Subject {
    INCIDENT, MAINTENANCE
  }

  private final Subject subject;
  private final List<String> wireEvents;
  private final String wireField;
  private final String wireValue;
  private final String rule;
  private final String why;

  NormTrigger(Subject subject, List<String> wireEvents, String wireField, String wireValue, String rule, String why) {
    this.subject = subject;
    this.wireEvents = wireEvents;
    this.wireField = wireField;
    this.wireValue = wireValue;
    this.rule = rule;
    this.why = why;
  }

  /** The trigger of a report, by its source's name on the wire ({@code ReportSource}); empty when it calls for no message. */
  public static Optional<NormTrigger> ofReport(String source) {
    return REPORT_FROM_WHATSAPP_GROUP.wireValue.equals(source) ? Optional.of(REPORT_FROM_WHATSAPP_GROUP)
        : Optional.empty();
  }

  /** The trigger of a verdict, by its name on the wire ({@code Verdict}). */
  public static NormTrigger ofVerdict(String verdict) {
    for (NormTrigger trigger : values()) {
      if (trigger.wireEvents.contains("IncidentTriaged") && trigger.wireValue.equals(verdict)) {
        return trigger;
      }
    }
    throw new IllegalArgumentException("unknown verdict " + verdict);
  }

  public Subject subject() {
    return subject;
  }

  /** The simple names of the Avro event classes that carry it. */
  public List<String> wireEvents() {
    return wireEvents;
  }

  /** The field of those events whose value decides, or null when the event type alone does. */
  public String wireField() {
    return wireField;
  }

  /** The value of {@link #wireField()} that triggers, or null. */
  public String wireValue() {
    return wireValue;
  }

  /** The rule of NPI-007 section 5 that asks for the message, e.g. {@code 5.2.2.1}. */
  public String rule() {
    return rule;
  }

  /** Why the message is due, citing the rule, in Portuguese; {@code organ} is the code a restricted verdict names. */
  public String why(String organ) {
    return why.replace("{órgão}", String.valueOf(organ)) + " (NPI-007 " + rule + ")";
  }
}
