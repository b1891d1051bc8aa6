package br.gov.es.prodest.npi007.notification.message.adapter.template;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.message.domain.MessageFacts;
import br.gov.es.prodest.npi007.notification.message.domain.MessageRenderer;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import br.gov.es.prodest.npi007.notification.message.domain.RenderedMessage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The shipped templates render the norm's section 6 word for word. The expected texts are the
 * norm's, copied, with the blanks filled. The event happens at 02:30 UTC on 15/03, which is still
 * 14/03 at 23:30 in Brasília.
 */
class NormMessagesTest {

  private static final TemplateFiles SHIPPED = new TemplateFiles(null);
  private static final String COMPONENT = "SIGEFES – Sistema Integrado de Gestão das Finanças Públicas";
  private static final String IMPACT = "acesso, emissão de empenhos e consultas de saldo";
  private static final String ORGAN = "Secretaria de Estado da Saúde – SESA";
  private static final Instant REPORTED_AT = Instant.parse("2025-03-15T02:30:00Z");
  private static final Instant WINDOW_START = Instant.parse("2025-03-22T01:00:00Z");
  private static final Instant WINDOW_END = Instant.parse("2025-03-22T04:30:00Z");

  @Test
  void receiptAcknowledgement_6_1() {
    RenderedMessage message = render(MessageTemplate.RECEIPT_ACKNOWLEDGEMENT,
        MessageFacts.receiptAcknowledgement(COMPONENT, "https://servicedesk.prodest.es.gov.br", REPORTED_AT));

    assertThat(message.title()).isNull();
    assertThat(message.texts()).extracting(ChannelText::channel).containsExactly(Channel.WHATSAPP);
    assertThat(whatsApp(message)).isEqualTo("""
        Prezado, recebemos sua notificação sobre o possível incidente no SIGEFES – Sistema Integrado de Gestão das Finanças Públicas.

        Solicitamos que realize a abertura de uma solicitação de atendimento (SA) através do site <https://servicedesk.prodest.es.gov.br>, caso ainda não tenha feito. Após o registro, favor postar o número da SA no Grupo WhatsApp TI ES para que a equipe responsável pelo referido serviço possa dar prosseguimento ao chamado.

        Agradecemos pela comunicação.""");
  }

  @Test
  void normalStatus_6_2() {
    RenderedMessage message = render(MessageTemplate.NORMAL_STATUS, MessageFacts.normalStatus(COMPONENT, REPORTED_AT));

    assertThat(message.title()).isEqualTo("PRODEST Informa: Notificação de Status Normal");
    assertThat(message.texts()).extracting(ChannelText::channel).containsExactly(Channel.WHATSAPP);
    assertThat(whatsApp(message)).isEqualTo("""
        *PRODEST Informa: Notificação de Status Normal*

        Prezados, após a análise de monitoramento, informamos que o SIGEFES – Sistema Integrado de Gestão das Finanças Públicas está operando normalmente, sem evidências de instabilidade no momento.

        Sugerimos que o(s) usuário(s) verifique(m) possíveis variáveis locais, como rede de acesso ou dispositivos utilizados.

        Caso persista qualquer dificuldade, a equipe está à disposição para suporte adicional.""");
  }

  @Test
  void unavailabilityNotice_6_3_onWhatsAppAndByEmail() {
    RenderedMessage message = render(MessageTemplate.UNAVAILABILITY_NOTICE,
        MessageFacts.unavailabilityNotice(COMPONENT, IMPACT, REPORTED_AT));
    String norm = """
        PRODEST Informa: Aviso de Indisponibilidade

        Prezados, detectamos uma instabilidade no SIGEFES – Sistema Integrado de Gestão das Finanças Públicas que pode afetar acesso, emissão de empenhos e consultas de saldo.

        Nossa equipe está trabalhando para identificar a causa e resolver o incidente o mais breve possível.

        Atualizações serão enviadas neste canal.

        Data/Hora: 14/03/2025 23:30""";

    assertThat(whatsApp(message)).isEqualTo(boldTitle(norm));
    ChannelText email = message.on(Channel.EMAIL).orElseThrow();
    assertThat(email.subject()).isEqualTo("PRODEST Informa: Aviso de Indisponibilidade");
    assertThat(email.text()).isEqualTo(norm);
    assertThat(email.html()).contains("<p>Data/Hora: 14/03/2025 23:30</p>");
  }

  @Test
  void serviceRestored_6_4() {
    RenderedMessage message = render(MessageTemplate.SERVICE_RESTORED,
        MessageFacts.serviceRestored(COMPONENT, REPORTED_AT));
    String norm = """
        PRODEST Informa: Serviço Restabelecido

        Informamos que o SIGEFES – Sistema Integrado de Gestão das Finanças Públicas foi restabelecido e está operando normalmente.

        Agradecemos pela compreensão durante o período de indisponibilidade.

        Qualquer problema adicional, favor nos informar.

        Data/Hora: 14/03/2025 23:30""";

    assertThat(whatsApp(message)).isEqualTo(boldTitle(norm));
    assertThat(message.on(Channel.EMAIL).orElseThrow().text()).isEqualTo(norm);
  }

  @Test
  void scheduledMaintenance_6_5_withoutPurposeSaysTheNormsSentence() {
    RenderedMessage message = render(MessageTemplate.SCHEDULED_MAINTENANCE,
        MessageFacts.scheduledMaintenance(COMPONENT, WINDOW_START, WINDOW_END, null, REPORTED_AT));

    assertThat(message.texts()).extracting(ChannelText::channel).containsExactly(Channel.EMAIL);
    ChannelText email = message.on(Channel.EMAIL).orElseThrow();
    assertThat(email.subject()).isEqualTo("PRODEST Informa: Manutenção Programada");
    assertThat(email.text()).isEqualTo("""
        PRODEST Informa: Manutenção Programada

        Prezados, informamos que o SIGEFES – Sistema Integrado de Gestão das Finanças Públicas passará por manutenção programada no dia 21/03/2025, das 22:00 às 01:30.

        O objetivo desta manutenção é a atualização do SIGEFES – Sistema Integrado de Gestão das Finanças Públicas, buscando maior estabilidade, novas funcionalidades e redução de vulnerabilidades.

        Durante esse período, o serviço poderá apresentar instabilidades ou ficar temporariamente indisponível.

        Pedimos que programem suas atividades considerando essa manutenção.

        Data do Aviso: 14/03/2025 23:30""");
  }

  @Test
  void scheduledMaintenance_6_5_withPurpose() {
    RenderedMessage message = render(MessageTemplate.SCHEDULED_MAINTENANCE, MessageFacts.scheduledMaintenance(
        COMPONENT, WINDOW_START, WINDOW_END, "a migração do banco de dados para o novo servidor.", REPORTED_AT));

    assertThat(message.on(Channel.EMAIL).orElseThrow().text()).contains("""

        O objetivo desta manutenção é a migração do banco de dados para o novo servidor.

        Durante esse período,""");
  }

  @Test
  void restrictedUnavailabilityNotice_6_6_withoutThePdfsPageHeader() {
    RenderedMessage message = render(MessageTemplate.RESTRICTED_UNAVAILABILITY_NOTICE,
        MessageFacts.restrictedUnavailabilityNotice(ORGAN, COMPONENT, IMPACT, REPORTED_AT));

    assertThat(message.title()).isEqualTo("PRODEST Informa: Aviso de Indisponibilidade no Secretaria de Estado da Saúde – SESA");
    // replicated by e-mail by default (NPI007_EMAIL_REPLICATION)
    assertThat(message.texts()).extracting(ChannelText::channel).containsExactly(Channel.WHATSAPP, Channel.EMAIL);
    assertThat(whatsApp(message)).isEqualTo("""
        *PRODEST Informa: Aviso de Indisponibilidade no Secretaria de Estado da Saúde – SESA*

        Prezados, detectamos uma instabilidade no SIGEFES – Sistema Integrado de Gestão das Finanças Públicas que pode afetar acesso, emissão de empenhos e consultas de saldo.

        Nossa equipe está trabalhando para identificar a causa e resolver o incidente o mais breve possível.

        Atualizações serão enviadas neste canal.

        Data/Hora: 14/03/2025 23:30""");
  }

  @Test
  void aReplayRendersTheSameBytes() {
    MessageFacts facts = MessageFacts.unavailabilityNotice(COMPONENT, IMPACT, REPORTED_AT);

    assertThat(render(MessageTemplate.UNAVAILABILITY_NOTICE, facts))
        .isEqualTo(render(MessageTemplate.UNAVAILABILITY_NOTICE, facts));
  }

  private static RenderedMessage render(MessageTemplate message, MessageFacts facts) {
    return MessageRenderer.render(SHIPPED.current(message), facts);
  }

  private static String whatsApp(RenderedMessage message) {
    return message.on(Channel.WHATSAPP).orElseThrow().text();
  }

  private static String boldTitle(String norm) {
    int end = norm.indexOf('\n');
    return "*" + norm.substring(0, end) + "*" + norm.substring(end);
  }
}
