package br.gov.es.prodest.npi007.gateway.incident.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TimelineCsvTest {

  @Test
  void fields_are_quoted_only_when_rfc_4180_requires_it() {
    assertThat(TimelineCsv.field("IncidentReported")).isEqualTo("IncidentReported");
    assertThat(TimelineCsv.field("")).isEmpty();
    assertThat(TimelineCsv.field("a,b")).isEqualTo("\"a,b\"");
    assertThat(TimelineCsv.field("diz \"oi\"")).isEqualTo("\"diz \"\"oi\"\"\"");
    assertThat(TimelineCsv.field("linha 1\r\nlinha 2")).isEqualTo("\"linha 1\r\nlinha 2\"");
    assertThat(TimelineCsv.field("só\nLF")).isEqualTo("\"só\nLF\"");
  }

  @Test
  void csv_is_preferred_only_when_the_client_asks_for_it_first() {
    assertThat(TimelineController.prefersCsv(null)).isFalse();
    assertThat(TimelineController.prefersCsv("*/*")).isFalse();
    assertThat(TimelineController.prefersCsv("application/json")).isFalse();
    assertThat(TimelineController.prefersCsv("text/csv")).isTrue();
    assertThat(TimelineController.prefersCsv("text/*")).isTrue();
    assertThat(TimelineController.prefersCsv("application/json;q=0.4, text/csv")).isTrue();
    assertThat(TimelineController.prefersCsv("text/csv;q=0, */*")).isFalse();
  }
}
