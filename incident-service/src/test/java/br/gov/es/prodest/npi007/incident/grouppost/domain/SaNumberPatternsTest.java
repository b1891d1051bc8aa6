package br.gov.es.prodest.npi007.incident.grouppost.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** How the group writes SA numbers (issue 14): the default patterns, as a table of accepted and refused texts. */
class SaNumberPatternsTest {

  private final SaNumberPatterns defaults = SaNumberPatterns.defaults();

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource(delimiter = '|', value = {
      "SA 123456                                           | 123456",
      "SA nº 123456                                        | 123456",
      "SA n° 123456                                        | 123456",
      "SA no. 123456                                       | 123456",
      "sa número 123456                                    | 123456",
      "SA: 2026/123456                                     | 2026/123456",
      "SA-123456                                           | 123456",
      "SA#123456                                           | 123456",
      "SA123456                                            | 123456",
      "Bom dia, abri a SA 654321 para o SIGEFES.           | 654321",
      "Segue a SA: 2026/000987, obrigada                   | 2026/000987",
      "(SA 123456)                                         | 123456"})
  void accepts(String text, String saNumber) {
    assertThat(defaults.find(post(text, false))).contains(saNumber);
  }

  @ParameterizedTest(name = "\"{0}\" is no SA number")
  @CsvSource(delimiter = '|', value = {
      "O SIGEFES está fora do ar desde as 8h",
      "SAMU 192 sem sistema",
      "casa 12345",
      "SA",
      "SA 12",
      "SA 123",
      "Meu telefone é 27 99999-0000",
      "123456",
      "SA 1234567890123",
      "SAE 123456"})
  void refuses(String text) {
    assertThat(defaults.find(post(text, false))).isEmpty();
  }

  @ParameterizedTest(name = "a reply \"{0}\" → {1}")
  @CsvSource(delimiter = '|', value = {
      "123456          | 123456",
      " 2026/123456.   | 2026/123456",
      "SA 777777       | 777777"})
  void a_reply_may_be_the_bare_number(String text, String saNumber) {
    assertThat(defaults.find(post(text, true))).contains(saNumber);
  }

  @Test
  void a_reply_with_more_than_the_number_is_no_bare_number() {
    assertThat(defaults.find(post("123456 e 654321", true))).isEmpty();
    assertThat(defaults.find(post("ligue 27999990000", true))).isEmpty();
  }

  @Test
  void the_setting_may_add_a_pattern_of_its_own() {
    SaNumberPatterns own = SaNumberPatterns.of(List.of(SaNumberPatterns.WRITTEN, "(?i)chamado\\s+(?<sa>\\d{6})"));

    assertThat(own.find(post("abri o chamado 123456", false))).contains("123456");
    assertThat(own.find(post("SA 654321", false))).contains("654321");
  }

  @Test
  void a_pattern_without_the_sa_group_or_that_does_not_compile_is_refused() {
    assertThatThrownBy(() -> SaNumberPatterns.of(List.of("SA (\\d+)"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(?<sa>");
    assertThatThrownBy(() -> SaNumberPatterns.of(List.of("SA (?<sa>\\d+"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("inválido");
    assertThatThrownBy(() -> SaNumberPatterns.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  private static GroupPost post(String text, boolean reply) {
    return new GroupPost("wamid.1", "Maria Souza", "SESA", Instant.parse("2026-12-05T13:00:00Z"), text, reply);
  }
}
