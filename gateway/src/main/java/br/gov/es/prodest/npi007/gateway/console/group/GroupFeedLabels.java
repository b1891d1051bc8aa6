package br.gov.es.prodest.npi007.gateway.console.group;

import java.util.Map;
import org.springframework.stereotype.Component;

/** The feed's words in Portuguese, for the templates ({@code @groupFeedLabels}). */
@Component("groupFeedLabels")
public class GroupFeedLabels {

  private static final Map<String, String> SITUATIONS = Map.of(
      "PENDING_REPORT", "Possível relato: aguarda a equipe",
      "PENDING_SA", "SA a vincular: aguarda a escolha do incidente",
      "LED_TO_INCIDENT", "Gerou incidente",
      "DISMISSED", "Descartada",
      "IGNORED", "Sem ação",
      "UNDECIDED", "Em análise pelo sistema");
  private static final Map<String, String> HOW = Map.of(
      "REPORTED", "relatado a partir desta publicação",
      "JOINED", "relato juntado ao incidente aberto",
      "SA_LINKED", "SA vinculada");

  public String situation(String situation) {
    return SITUATIONS.getOrDefault(situation, situation);
  }

  public String how(String how) {
    return HOW.getOrDefault(how, how);
  }
}
