package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.incident.grouppost.domain.SaNumberPatterns;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What the group-post step of the topology needs from outside it (issue 14).
 *
 * @param patterns               how SA numbers are written (NPI007_GROUP_SA_PATTERNS)
 * @param awaitingServiceRequest an organ's incidents waiting for an SA, in the order 6.1 answered them
 * @param autolink               NPI007_GROUP_AUTOLINK_SA
 * @param counted                told each post's outcome, for the meters
 */
public record GroupPostMatching(SaNumberPatterns patterns, Function<String, List<String>> awaitingServiceRequest,
    boolean autolink, Consumer<String> counted) {

  /** For a topology built without the register (tests of other steps): no incident ever waits for an SA. */
  static GroupPostMatching withoutRegister() {
    return new GroupPostMatching(SaNumberPatterns.defaults(), organ -> List.of(), true, outcome -> { });
  }
}
