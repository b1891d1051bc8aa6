package br.gov.es.prodest.npi007.system;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The norm's messages (NPI-007, section 6) word for word, placeholders filled, as the WhatsApp group
 * reads them (title in *bold*); {@link #email} gives the same message as an e-mail's text part.
 */
final class NormMessages {

  static final String SERVICE_DESK = "https://servicedesk.prodest.es.gov.br";
  private static final ZoneId BRASILIA = ZoneId.of("America/Sao_Paulo");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(BRASILIA);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(BRASILIA);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(BRASILIA);

  private NormMessages() {
  }

  static String receipt61(String component) {
    return """
        Prezado, recebemos sua notificação sobre o possível incidente no %s.

        Solicitamos que realize a abertura de uma solicitação de atendimento (SA) através do site \
        <%s>, caso ainda não tenha feito. Após o registro, favor postar o \
        número da SA no Grupo WhatsApp TI ES para que a equipe responsável pelo referido serviço possa dar \
        prosseguimento ao chamado.

        Agradecemos pela comunicação.""".formatted(component, SERVICE_DESK);
  }

  static String statusNormal62(String component) {
    return """
        *PRODEST Informa: Notificação de Status Normal*

        Prezados, após a análise de monitoramento, informamos que o %s está operando normalmente, sem evidências de instabilidade no momento.

        Sugerimos que o(s) usuário(s) verifique(m) possíveis variáveis locais, como rede de acesso ou dispositivos utilizados.

        Caso persista qualquer dificuldade, a equipe está à disposição para suporte adicional.""".formatted(component);
  }

  static String unavailable63(String component, String impact, String occurredAt) {
    return """
        *PRODEST Informa: Aviso de Indisponibilidade*

        Prezados, detectamos uma instabilidade no %s que pode afetar %s.

        Nossa equipe está trabalhando para identificar a causa e resolver o incidente o mais breve possível.

        Atualizações serão enviadas neste canal.

        Data/Hora: %s""".formatted(component, impact, dateTime(occurredAt));
  }

  static String restored64(String component, String occurredAt) {
    return """
        *PRODEST Informa: Serviço Restabelecido*

        Informamos que o %s foi restabelecido e está operando normalmente.

        Agradecemos pela compreensão durante o período de indisponibilidade.

        Qualquer problema adicional, favor nos informar.

        Data/Hora: %s""".formatted(component, dateTime(occurredAt));
  }

  static String unavailableIn66(String organName, String component, String impact, String occurredAt) {
    return """
        *PRODEST Informa: Aviso de Indisponibilidade no %s*

        Prezados, detectamos uma instabilidade no %s que pode afetar %s.

        Nossa equipe está trabalhando para identificar a causa e resolver o incidente o mais breve possível.

        Atualizações serão enviadas neste canal.

        Data/Hora: %s""".formatted(organName, component, impact, dateTime(occurredAt));
  }

  static String maintenance65(String component, String start, String end, String purpose, String occurredAt) {
    return """
        *PRODEST Informa: Manutenção Programada*

        Prezados, informamos que o %s passará por manutenção programada no dia %s, das %s às %s.

        O objetivo desta manutenção é %s.

        Durante esse período, o serviço poderá apresentar instabilidades ou ficar temporariamente indisponível.

        Pedimos que programem suas atividades considerando essa manutenção.

        Data do Aviso: %s""".formatted(component, date(start), time(start), time(end), purpose, dateTime(occurredAt));
  }

  static String reminder65(String component, String start, String end, String purpose, String occurredAt) {
    return """
        *PRODEST Informa: Lembrete de Manutenção Programada*

        Prezados, lembramos que o %s passará por manutenção programada no dia %s, das %s às %s.

        O objetivo desta manutenção é %s.

        Durante esse período, o serviço poderá apresentar instabilidades ou ficar temporariamente indisponível.

        Pedimos que programem suas atividades considerando essa manutenção.

        Data do Aviso: %s""".formatted(component, date(start), time(start), time(end), purpose, dateTime(occurredAt));
  }

  static String rescheduled65(String component, String previousStart, String previousEnd, String start, String end,
      String reason, String occurredAt) {
    return """
        *PRODEST Informa: Manutenção Programada Reagendada*

        Prezados, informamos que a manutenção programada do %s, prevista para o dia %s, das %s às %s, foi reagendada para o dia %s, das %s às %s.

        Motivo do reagendamento: %s.

        Durante esse período, o serviço poderá apresentar instabilidades ou ficar temporariamente indisponível.

        Pedimos que programem suas atividades considerando essa manutenção.

        Data do Aviso: %s""".formatted(component, date(previousStart), time(previousStart), time(previousEnd), date(start),
        time(start), time(end), reason, dateTime(occurredAt));
  }

  static String cancelled65(String component, String start, String end, String reason, String occurredAt) {
    return """
        *PRODEST Informa: Manutenção Programada Cancelada*

        Prezados, informamos que a manutenção programada do %s, prevista para o dia %s, das %s às %s, foi cancelada.

        Motivo do cancelamento: %s.

        Pedimos que desconsiderem o aviso anterior referente a essa manutenção.

        Data do Aviso: %s""".formatted(component, date(start), time(start), time(end), reason, dateTime(occurredAt));
  }

  /** The message as an e-mail's text part: the title line plain, not bold. */
  static String email(String whatsApp) {
    int end = whatsApp.indexOf('\n');
    String title = whatsApp.substring(0, end);
    return (title.startsWith("*") && title.endsWith("*") ? title.substring(1, title.length() - 1) : title)
        + whatsApp.substring(end);
  }

  /** The message's title line (the e-mail's subject). */
  static String subject(String whatsApp) {
    String title = whatsApp.substring(0, whatsApp.indexOf('\n'));
    return title.substring(1, title.length() - 1);
  }

  static String dateTime(String instant) {
    return DATE_TIME.format(Instant.parse(instant));
  }

  private static String date(String offsetDateTime) {
    return DATE.format(OffsetDateTime.parse(offsetDateTime));
  }

  private static String time(String offsetDateTime) {
    return TIME.format(OffsetDateTime.parse(offsetDateTime));
  }
}
