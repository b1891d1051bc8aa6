package br.gov.es.prodest.npi007.benchmarks.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NextLinkTest {

  @Test
  void readsTheGatewaysNextLink() {
    assertThat(NextLink.in(List.of("</api/v1/incidents?limit=50&cursor=AbC-_9>; rel=\"next\"")))
        .contains("/api/v1/incidents?limit=50&cursor=AbC-_9");
  }

  @Test
  void findsNextAmongOtherLinksAndRelations() {
    assertThat(NextLink.in(List.of("</a>; rel=\"prev\", </b?x=1>; title=\"t\"; rel=\"last next\""))).contains("/b?x=1");
  }

  @Test
  void theLastPageHasNone() {
    assertThat(NextLink.in(List.of())).isEmpty();
    assertThat(NextLink.in(List.of("</a>; rel=\"prev\""))).isEmpty();
  }
}
