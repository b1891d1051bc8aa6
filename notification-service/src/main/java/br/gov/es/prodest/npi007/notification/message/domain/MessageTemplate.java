package br.gov.es.prodest.npi007.notification.message.domain;

import br.gov.es.prodest.npi007.schemas.norm.NormMessage;
import br.gov.es.prodest.npi007.schemas.norm.NormTrigger;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The norm's messages as rendering sees them: each is one of the catalogue's {@link NormMessage}s
 * (id, title, trigger, channels, section of NPI-007) with the facts its template may name. E-mail
 * replication is configuration, see {@link EmailReplication}.
 */
public enum MessageTemplate {

  /** 6.1 Confirmação de Recebimento de Notificação; no title line. */
  RECEIPT_ACKNOWLEDGEMENT(NormMessage.RECEIPT_ACKNOWLEDGEMENT,
      Set.of(Placeholder.COMPONENT, Placeholder.SERVICE_DESK_URL)),
  /** 6.2 Indisponibilidade Não Confirmada (Sistema Operando Normalmente). */
  NORMAL_STATUS(NormMessage.NORMAL_STATUS,
      Set.of(Placeholder.COMPONENT)),
  /** 6.3 Detecção/Confirmação do Incidente. */
  UNAVAILABILITY_NOTICE(NormMessage.UNAVAILABILITY_NOTICE,
      Set.of(Placeholder.COMPONENT, Placeholder.IMPACT, Placeholder.DATE_TIME)),
  /** 6.4 Notificação de Restabelecimento do Serviço. */
  SERVICE_RESTORED(NormMessage.SERVICE_RESTORED,
      Set.of(Placeholder.COMPONENT, Placeholder.DATE_TIME)),
  /** 6.5 Programação de Manutenção Preventiva ou Corretiva. */
  SCHEDULED_MAINTENANCE(NormMessage.SCHEDULED_MAINTENANCE,
      Set.of(Placeholder.COMPONENT, Placeholder.DATE, Placeholder.START_TIME, Placeholder.END_TIME,
          Placeholder.PURPOSE, Placeholder.DATE_TIME)),
  /** 6.6 Detecção/Confirmação do Incidente Restrito ao Órgão. */
  RESTRICTED_UNAVAILABILITY_NOTICE(NormMessage.RESTRICTED_UNAVAILABILITY_NOTICE,
      Set.of(Placeholder.ORGAN, Placeholder.COMPONENT, Placeholder.IMPACT, Placeholder.DATE_TIME)),
  /** A 6.5 whose window moved. */
  MAINTENANCE_RESCHEDULED(NormMessage.MAINTENANCE_RESCHEDULED,
      Set.of(Placeholder.COMPONENT, Placeholder.DATE, Placeholder.START_TIME, Placeholder.END_TIME,
          Placeholder.PREVIOUS_DATE, Placeholder.PREVIOUS_START_TIME, Placeholder.PREVIOUS_END_TIME,
          Placeholder.PURPOSE, Placeholder.REASON, Placeholder.DATE_TIME)),
  /** A 6.5 called off. */
  MAINTENANCE_CANCELLED(NormMessage.MAINTENANCE_CANCELLED,
      Set.of(Placeholder.COMPONENT, Placeholder.DATE, Placeholder.START_TIME, Placeholder.END_TIME,
          Placeholder.REASON, Placeholder.DATE_TIME)),
  /** A reminder of a 6.5 before its window. */
  MAINTENANCE_REMINDER(NormMessage.MAINTENANCE_REMINDER,
      Set.of(Placeholder.COMPONENT, Placeholder.DATE, Placeholder.START_TIME, Placeholder.END_TIME,
          Placeholder.PURPOSE, Placeholder.DATE_TIME));

  private final NormMessage norm;
  private final Set<Channel> channels;
  private final Set<Placeholder> placeholders;

  MessageTemplate(NormMessage norm, Set<Placeholder> placeholders) {
    this.norm = norm;
    this.channels = norm.channels().stream().map(channel -> Channel.valueOf(channel.name()))
        .collect(Collectors.toUnmodifiableSet());
    this.placeholders = placeholders;
  }

  /** The catalogue's entry: its id, title, trigger and section. */
  public NormMessage norm() {
    return norm;
  }

  /** The norm's id: {@code 6.1} ... {@code 6.6}, or a notice's, e.g. {@code 6.5-lembrete}. */
  public String id() {
    return norm.id();
  }

  /** True when the template's first line is the title ("PRODEST Informa: ..."). */
  public boolean titled() {
    return norm.titled();
  }

  /** The channel the norm sends it through. */
  public Set<Channel> channels() {
    return channels;
  }

  /** The facts the template may name; any other name in a template is an error. */
  public Set<Placeholder> placeholders() {
    return placeholders;
  }

  /** The template of the catalogue's message. */
  public static MessageTemplate of(NormMessage message) {
    return Arrays.stream(values()).filter(template -> template.norm == message).findFirst()
        .orElseThrow(() -> new IllegalStateException("no template for " + message.id()));
  }

  /** The template of the message the norm requires when the trigger happens. */
  public static MessageTemplate dueOn(NormTrigger trigger) {
    return of(NormMessage.requiredBy(trigger));
  }

  public static Optional<MessageTemplate> byId(String id) {
    return NormMessage.byId(id).map(MessageTemplate::of);
  }
}
