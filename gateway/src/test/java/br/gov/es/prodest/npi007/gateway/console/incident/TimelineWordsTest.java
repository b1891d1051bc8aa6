package br.gov.es.prodest.npi007.gateway.console.incident;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.gateway.console.ConsoleFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class TimelineWordsTest {

  private final TimelineWords words = new TimelineWords(
      new ConsoleFormat(Clock.fixed(Instant.parse("2026-12-04T18:00:00Z"), ZoneOffset.UTC)));
  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void anEventIsNamedInPortugueseAndAnUnknownOneByItsOwnName() {
    assertThat(words.type("IncidentTriaged")).isEqualTo("Análise registrada");
    assertThat(words.type("SomethingNew")).isEqualTo("SomethingNew");
  }

  @Test
  void aTraceIsShownByItsFirstEightHexAndAnUnknownOneNotAtAll() {
    assertThat(words.trace("4bf92f3577b34da6a3ce929d0e0e4736")).isEqualTo("rastreio 4bf92f35…");
    assertThat(words.trace(null)).isEmpty();
  }

  @Test
  void detailsAreLabelledLinesWithBrazilianTimesAndWordsNotCodes() {
    var lines = words.details(json.readTree("""
        {"verdict":"CONFIRMED_GENERAL","impact":"Sem acesso","organ":null,"retryable":true,
         "nextAttemptAt":"2026-12-04T17:30:00Z","tags":[],"futureField":"x"}"""));

    assertThat(lines).containsExactly(
        new TimelineWords.Detail("Veredito", "Confirmado para todos os órgãos"),
        new TimelineWords.Detail("Impacto", "Sem acesso"),
        new TimelineWords.Detail("Pode ser tentada de novo", "Sim"),
        new TimelineWords.Detail("Próxima tentativa", "04/12/2026 14:30"),
        new TimelineWords.Detail("futureField", "x"));
  }

  @Test
  void aMessagesTextsAreShownWholeOnePerChannel() {
    var lines = words.details(json.readTree("""
        {"title":null,"causationEventId":"e1","renditions":[
          {"channel":"WHATSAPP","subject":null,"text":"Prezado, recebemos","recipients":[]},
          {"channel":"EMAIL","subject":"PRODEST Informa","text":"Prezados","recipients":["a@b"]}]}"""));

    assertThat(lines).containsExactly(
        new TimelineWords.Detail("Texto (WhatsApp)", "Prezado, recebemos"),
        new TimelineWords.Detail("Assunto (e-mail)", "PRODEST Informa"),
        new TimelineWords.Detail("Texto (e-mail)", "Prezados"));
  }
}
