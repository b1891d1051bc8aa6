package br.gov.es.prodest.npi007.gateway.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import org.junit.jupiter.api.Test;

class IncidentVersionsTest {

  @Test
  void the_etag_is_the_quoted_version_and_if_match_reads_it_back() {
    assertThat(IncidentVersions.etag(12)).isEqualTo("\"12\"");
    assertThat(IncidentVersions.expectedVersion("\"12\"")).isEqualTo(12L);
    assertThat(IncidentVersions.expectedVersion(" \"0\" ")).isZero();
  }

  @Test
  void no_header_or_a_star_means_any_version() {
    assertThat(IncidentVersions.expectedVersion(null)).isNull();
    assertThat(IncidentVersions.expectedVersion("*")).isNull();
  }

  @Test
  void anything_else_is_a_400() {
    for (String invalid : new String[] {"12", "W/\"12\"", "\"1\",\"2\"", "\"\"", "\"-1\"", "\"1234567890123456789\""}) {
      assertThatThrownBy(() -> IncidentVersions.expectedVersion(invalid)).as(invalid).isInstanceOf(ApiProblem.class);
    }
  }
}
