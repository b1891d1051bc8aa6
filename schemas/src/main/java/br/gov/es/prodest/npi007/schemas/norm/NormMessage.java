package br.gov.es.prodest.npi007.schemas.norm;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalogue of the norm's messages (NPI-007 section 6) and of the notices that follow a 6.5
 * (CONTRACTS.md, "Maintenance"): id, the section whose text it is, its title line, what triggers it,
 * the channels the norm sends it through, and the defaults of the settings that concern it. The
 * one place that says which event requires which message: rendering (notification-service) and
 * compliance (incident-service) both read it. The texts themselves are the notification-service's
 * template files, {@code templates/<id>.txt}.
 */
public enum NormMessage {

  RECEIPT_ACKNOWLEDGEMENT("6.1", "Confirmação de Recebimento de Notificação", null,
      NormTrigger.REPORT_FROM_WHATSAPP_GROUP, Set.of(NormChannel.WHATSAPP), Defaults.REVIEWED),
  NORMAL_STATUS("6.2", "Indisponibilidade Não Confirmada (Sistema Operando Normalmente)",
      "PRODEST Informa: Notificação de Status Normal",
      NormTrigger.VERDICT_NOT_CONFIRMED, Set.of(NormChannel.WHATSAPP), Defaults.REVIEWED),
  UNAVAILABILITY_NOTICE("6.3", "Detecção/Confirmação do Incidente", "PRODEST Informa: Aviso de Indisponibilidade",
      NormTrigger.VERDICT_CONFIRMED_GENERAL, Set.of(NormChannel.WHATSAPP), Defaults.REVIEWED_AND_REPLICATED),
  SERVICE_RESTORED("6.4", "Notificação de Restabelecimento do Serviço", "PRODEST Informa: Serviço Restabelecido",
      NormTrigger.SERVICE_RESTORED, Set.of(NormChannel.WHATSAPP), Defaults.REVIEWED_AND_REPLICATED),
  SCHEDULED_MAINTENANCE("6.5", "Programação de Manutenção Preventiva ou Corretiva",
      "PRODEST Informa: Manutenção Programada",
      NormTrigger.MAINTENANCE_REQUESTED, Set.of(NormChannel.EMAIL), Defaults.REVIEWED),
  RESTRICTED_UNAVAILABILITY_NOTICE("6.6", "Detecção/Confirmação do Incidente Restrito ao Órgão",
      "PRODEST Informa: Aviso de Indisponibilidade no {{organ}}",
      NormTrigger.VERDICT_CONFIRMED_RESTRICTED, Set.of(NormChannel.WHATSAPP), Defaults.REVIEWED_AND_REPLICATED),
  /** Not in the norm: a 6.5 whose window moved, in the norm's style. */
  MAINTENANCE_RESCHEDULED("6.5-reagendamento", "Programação de Manutenção Preventiva ou Corretiva (reagendamento)",
      "PRODEST Informa: Manutenção Programada Reagendada",
      NormTrigger.MAINTENANCE_RESCHEDULED, Set.of(NormChannel.EMAIL), Defaults.REVIEWED),
  /** Not in the norm: a 6.5 called off, in the norm's style. */
  MAINTENANCE_CANCELLED("6.5-cancelamento", "Programação de Manutenção Preventiva ou Corretiva (cancelamento)",
      "PRODEST Informa: Manutenção Programada Cancelada",
      NormTrigger.MAINTENANCE_CANCELLED, Set.of(NormChannel.EMAIL), Defaults.REVIEWED),
  /** Not in the norm: a reminder of a 6.5 before its window; not reviewed by default, since it must not wait. */
  MAINTENANCE_REMINDER("6.5-lembrete", "Programação de Manutenção Preventiva ou Corretiva (lembrete)",
      "PRODEST Informa: Lembrete de Manutenção Programada",
      NormTrigger.MAINTENANCE_REMINDER_DUE, Set.of(NormChannel.EMAIL), Defaults.AUTO);

  /** The defaults of {@code NPI007_REVIEW_MESSAGES} and {@code NPI007_EMAIL_REPLICATION} for one message. */
  private enum Defaults {
    AUTO(false, false), REVIEWED(true, false), REVIEWED_AND_REPLICATED(true, true);

    private final boolean reviewed;
    private final boolean replicated;

    Defaults(boolean reviewed, boolean replicated) {
      this.reviewed = reviewed;
      this.replicated = replicated;
    }
  }

  private final String id;
  private final String heading;
  private final String titleLine;
  private final NormTrigger trigger;
  private final Set<NormChannel> channels;
  private final Defaults defaults;

  NormMessage(String id, String heading, String titleLine, NormTrigger trigger, Set<NormChannel> channels,
      Defaults defaults) {
    this.id = id;
    this.heading = heading;
    this.titleLine = titleLine;
    this.trigger = trigger;
    this.channels = channels;
    this.defaults = defaults;
  }

  /** The norm's id, {@code 6.1} ... {@code 6.6}, or a notice's, e.g. {@code 6.5-lembrete}; also its template's name. */
  public String id() {
    return id;
  }

  /** The section of NPI-007 whose text it is: {@code 6.1} ... {@code 6.6} (a notice's is its 6.5's). */
  public String section() {
    int variant = id.indexOf('-');
    return variant < 0 ? id : id.substring(0, variant);
  }

  /** The section's heading in the norm. */
  public String heading() {
    return heading;
  }

  /** The shipped template's first line, placeholders as in the template; null for 6.1, which has none. */
  public String titleLine() {
    return titleLine;
  }

  /** True when the text opens with a title line ("PRODEST Informa: ..."). */
  public boolean titled() {
    return titleLine != null;
  }

  /** What makes it due. */
  public NormTrigger trigger() {
    return trigger;
  }

  /** The channels the norm sends it through (e-mail replication of WhatsApp messages is a setting). */
  public Set<NormChannel> channels() {
    return channels;
  }

  /** True when the compliance report of an incident requires it: the messages an incident's events trigger. */
  public boolean requiredOfIncidents() {
    return trigger.subject() == NormTrigger.Subject.INCIDENT;
  }

  /** The message the norm requires when the trigger happens (one per trigger). */
  public static NormMessage requiredBy(NormTrigger trigger) {
    return Arrays.stream(values()).filter(message -> message.trigger == trigger).findFirst()
        .orElseThrow(() -> new IllegalStateException("no message for " + trigger));
  }

  public static Optional<NormMessage> byId(String id) {
    return Arrays.stream(values()).filter(message -> message.id.equals(id)).findFirst();
  }

  /** The messages ASCOM reviews before they are sent unless {@code NPI007_REVIEW_MESSAGES} says otherwise. */
  public static List<NormMessage> reviewedByDefault() {
    return Arrays.stream(values()).filter(message -> message.defaults.reviewed).toList();
  }

  /** The WhatsApp messages also e-mailed unless {@code NPI007_EMAIL_REPLICATION} says otherwise (NPI-007 3.3). */
  public static List<NormMessage> replicatedByEmailByDefault() {
    return Arrays.stream(values()).filter(message -> message.defaults.replicated).toList();
  }

  /** The messages' ids, comma-separated as the settings write them, e.g. {@code 6.3,6.4,6.6}. */
  public static String ids(List<NormMessage> messages) {
    return messages.stream().map(NormMessage::id).collect(Collectors.joining(","));
  }
}
