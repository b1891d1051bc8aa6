package br.gov.es.prodest.npi007.notification;

/** The norm's messages (NPI-007 section 6) as the integration tests expect them, word for word. */
final class NormTexts {

  static final String ACKNOWLEDGEMENT = """
      Prezado, recebemos sua notificação sobre o possível incidente no Portal do Servidor – Contracheque.

      Solicitamos que realize a abertura de uma solicitação de atendimento (SA) através do site <https://servicedesk.prodest.es.gov.br>, caso ainda não tenha feito. Após o registro, favor postar o número da SA no Grupo WhatsApp TI ES para que a equipe responsável pelo referido serviço possa dar prosseguimento ao chamado.

      Agradecemos pela comunicação.""";

  static final String NORMAL_STATUS = """
      *PRODEST Informa: Notificação de Status Normal*

      Prezados, após a análise de monitoramento, informamos que o SIGEFES está operando normalmente, sem evidências de instabilidade no momento.

      Sugerimos que o(s) usuário(s) verifique(m) possíveis variáveis locais, como rede de acesso ou dispositivos utilizados.

      Caso persista qualquer dificuldade, a equipe está à disposição para suporte adicional.""";

  /** 6.3 as e-mailed; on WhatsApp the title line is in bold. */
  static final String UNAVAILABILITY_NOTICE = """
      PRODEST Informa: Aviso de Indisponibilidade

      Prezados, detectamos uma instabilidade no Banco de dados do SIGEFES que pode afetar processamento de dados.

      Nossa equipe está trabalhando para identificar a causa e resolver o incidente o mais breve possível.

      Atualizações serão enviadas neste canal.

      Data/Hora: 15/03/2025 09:05""";

  static final String RESTRICTED_UNAVAILABILITY_NOTICE = """
      *PRODEST Informa: Aviso de Indisponibilidade no Secretaria de Estado da Saúde*

      Prezados, detectamos uma instabilidade no Portal do Servidor – Contracheque que pode afetar a emissão do contracheque.

      Nossa equipe está trabalhando para identificar a causa e resolver o incidente o mais breve possível.

      Atualizações serão enviadas neste canal.

      Data/Hora: 14/03/2025 23:30""";

  /** 6.4 as e-mailed; on WhatsApp the title line is in bold. */
  static final String SERVICE_RESTORED = """
      PRODEST Informa: Serviço Restabelecido

      Informamos que o Portal do Servidor – Contracheque foi restabelecido e está operando normalmente.

      Agradecemos pela compreensão durante o período de indisponibilidade.

      Qualquer problema adicional, favor nos informar.

      Data/Hora: 15/03/2025 02:45""";

  private NormTexts() {
  }

  /** The WhatsApp text of a titled message: its title line in bold. */
  static String onWhatsApp(String emailed) {
    int end = emailed.indexOf('\n');
    return "*" + emailed.substring(0, end) + "*" + emailed.substring(end);
  }
}
