package br.gov.es.prodest.npi007.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventHistoryTest {

  @Test
  void anAggregateThatDoesNotExistHasNoEvents() {
    assertThat(EventHistory.read(null)).isEmpty();
  }

  @Test
  void appendedEventsAreReadBackInOrderWithTheirExactBytes() {
    byte[] first = "reportado".getBytes(StandardCharsets.UTF_8);
    byte[] second = new byte[0];
    byte[] third = "restabelecido ✓".getBytes(StandardCharsets.UTF_8);

    byte[] stored = EventHistory.append(EventHistory.append(null, List.of(first)), List.of(second, third));

    assertThat(EventHistory.read(stored)).containsExactly(first, second, third);
  }
}
