package br.gov.es.prodest.npi007.notification.message.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The norm's six messages (NPI-007 section 6) and the notices that follow a 6.5 (CONTRACTS.md,
 * "Maintenance"): their ids, whether the text opens with a title line, the channel the norm sends
 * each through (PRODUCT.md, "The messages"; e-mail replication is configuration, see
 * {@link EmailReplication}) and the facts its template may name.
 */
public enum MessageTemplate {

  /** 6.1 Confirmação de Recebimento de Notificação; no title line. */
  RECEIPT_ACKNOWLEDGEMENT("6.1", false, Set.of(Channel.WHATSAPP),
      Set.of(Placeholder.COMPONENT, Placeholder.SERVICE_DESK_URL)),
  /** 6.2 Indisponibilidade Não Confirmada (Sistema Operando Normalmente). */
  NORMAL_STATUS("6.2", true, Set.of(Channel.WHATSAPP),
      Set.of(Placeholder.COMPONENT)),
  /** 6.3 Detecção/Confirmação do Incidente; replicated by e-mail when configured (NPI-007 3.3). */
  UNAVAILABILITY_NOTICE("6.3", true, Set.of(Channel.WHATSAPP),
      Set.of(Placeholder.COMPONENT, Placeholder.IMPACT, Placeholder.DATE_TIME)),
  /** 6.4 Notificação de Restabelecimento do Serviço; replicated by e-mail when configured (NPI-007 3.3). */
  SERVICE_RESTORED("6.4", true, Set.of(Channel.WHATSAPP),
      Set.of(Placeholder.COMPONENT, Placeholder.DATE_TIME)),
  /** 6.5 Programação de Manutenção Preventiva ou Corretiva, e-mailed (NPI-007 5.2.2.6). */
  SCHEDULED_MAINTENANCE("6.5", true, Set.of(Channel.EMAIL),
      Set.of(Placeholder.COMPONENT, Placeholder.DATE, Placeholder.START_TIME, Placeholder.END_TIME,
          Placeholder.PURPOSE, Placeholder.DATE_TIME)),
  /** 6.6 Detecção/Confirmação do Incidente Restrito ao Órgão. */
  RESTRICTED_UNAVAILABILITY_NOTICE("6.6", true, Set.of(Channel.WHATSAPP),
      Set.of(Placeholder.ORGAN, Placeholder.COMPONENT, Placeholder.IMPACT, Placeholder.DATE_TIME)),
  /** A 6.5 whose window moved: the notice in the norm's style, e-mailed like 6.5. */
  MAINTENANCE_RESCHEDULED("6.5-reagendamento", true, Set.of(Channel.EMAIL),
      Set.of(Placeholder.COMPONENT, Placeholder.DATE, Placeholder.START_TIME, Placeholder.END_TIME,
          Placeholder.PREVIOUS_DATE, Placeholder.PREVIOUS_START_TIME, Placeholder.PREVIOUS_END_TIME,
          Placeholder.PURPOSE, Placeholder.REASON, Placeholder.DATE_TIME)),
  /** A 6.5 called off: the notice in the norm's style, e-mailed like 6.5. */
  MAINTENANCE_CANCELLED("6.5-cancelamento", true, Set.of(Channel.EMAIL),
      Set.of(Placeholder.COMPONENT, Placeholder.DATE, Placeholder.START_TIME, Placeholder.END_TIME,
          Placeholder.REASON, Placeholder.DATE_TIME)),
  /** A reminder of a 6.5 before its window, in the norm's style, e-mailed like 6.5. */
  MAINTENANCE_REMINDER("6.5-lembrete", true, Set.of(Channel.EMAIL),
      Set.of(Placeholder.COMPONENT, Placeholder.DATE, Placeholder.START_TIME, Placeholder.END_TIME,
          Placeholder.PURPOSE, Placeholder.DATE_TIME));

  private final String id;
  private final boolean titled;
  private final Set<Channel> channels;
  private final Set<Placeholder> placeholders;

  MessageTemplate(String id, boolean titled, Set<Channel> channels, Set<Placeholder> placeholders) {
    this.id = id;
    this.titled = titled;
    this.channels = channels;
    this.placeholders = placeholders;
  }

  /** The norm's id: {@code 6.1} ... {@code 6.6}, or a notice's, e.g. {@code 6.5-lembrete}. */
  public String id() {
    return id;
  }

  /** True when the template's first line is the title ("PRODEST Informa: ..."). */
  public boolean titled() {
    return titled;
  }

  /** The channel the norm sends it through. */
  public Set<Channel> channels() {
    return channels;
  }

  /** The facts the template may name; any other name in a template is an error. */
  public Set<Placeholder> placeholders() {
    return placeholders;
  }

  public static Optional<MessageTemplate> byId(String id) {
    return Arrays.stream(values()).filter(message -> message.id.equals(id)).findFirst();
  }
}
