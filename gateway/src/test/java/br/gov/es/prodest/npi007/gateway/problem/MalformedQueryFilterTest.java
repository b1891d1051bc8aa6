package br.gov.es.prodest.npi007.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MalformedQueryFilterTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "status=REPORTED", "component=Sa%C3%BAde+Digital", "a=%e2%82%ac&b=%F0%9F%98%80",
      "x=100%25", "q=a%2Bb%26c", "nome=Saúde"})
  void well_formed(String query) {
    assertThat(MalformedQueryFilter.isWellFormed(query)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"component=%C3%28%FF", "a=%FF", "a=%C3", "a=%C3&b=%A9", "a=%E2%82", "a=%ZZ", "a=%", "a=%4",
      "a=%C0%AF", "a=%ED%A0%80"})
  void malformed(String query) {
    assertThat(MalformedQueryFilter.isWellFormed(query)).isFalse();
  }
}
