package br.gov.es.prodest.npi007.incident.grouppost.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What a post of the group leads to (issue 14), decided without a broker. */
class GroupPostDecisionsTest {

  private static final SaNumberPatterns PATTERNS = SaNumberPatterns.defaults();
  private final List<String> asked = new ArrayList<>();

  @Test
  void an_sa_number_of_a_member_is_linked_to_the_only_incident_of_the_organ_waiting_for_one() {
    GroupPostOutcome outcome = GroupPostDecisions.decide(post("SESA", "SA 123456"), PATTERNS,
        waiting(Map.of("SESA", List.of("inc-1"))), true);

    assertThat(outcome).isEqualTo(new GroupPostOutcome.LinksServiceRequest("inc-1", "123456"));
    assertThat(asked).containsExactly("SESA");
  }

  @Test
  void with_several_incidents_or_none_the_sa_number_waits_for_the_team() {
    assertThat(GroupPostDecisions.decide(post("SESA", "SA 123456"), PATTERNS,
        waiting(Map.of("SESA", List.of("inc-1", "inc-2"))), true))
        .isEqualTo(new GroupPostOutcome.ServiceRequestAwaitsTeam("123456", List.of("inc-1", "inc-2")));
    assertThat(GroupPostDecisions.decide(post("SEDU", "SA 123456"), PATTERNS, waiting(Map.of()), true))
        .isEqualTo(new GroupPostOutcome.ServiceRequestAwaitsTeam("123456", List.of()));
  }

  @Test
  void with_automatic_linking_off_even_one_candidate_waits_for_the_team() {
    assertThat(GroupPostDecisions.decide(post("SESA", "SA 123456"), PATTERNS,
        waiting(Map.of("SESA", List.of("inc-1"))), false))
        .isEqualTo(new GroupPostOutcome.ServiceRequestAwaitsTeam("123456", List.of("inc-1")));
  }

  @Test
  void another_text_of_a_member_is_a_possible_report_never_an_incident() {
    assertThat(GroupPostDecisions.decide(post("SESA", "O SIGEFES está fora do ar"), PATTERNS,
        waiting(Map.of("SESA", List.of("inc-1"))), true)).isEqualTo(new GroupPostOutcome.PossibleReport());
    assertThat(asked).as("no SA number, no incident looked up").isEmpty();
  }

  @Test
  void an_unknown_sender_prodest_itself_and_a_post_without_text_lead_to_nothing() {
    Function<String, List<String>> one = waiting(Map.of("SESA", List.of("inc-1"), "PRODEST", List.of("inc-2")));

    assertThat(GroupPostDecisions.decide(post(null, "SA 123456"), PATTERNS, one, true))
        .isInstanceOf(GroupPostOutcome.Ignored.class);
    assertThat(GroupPostDecisions.decide(post("PRODEST", "SA 123456"), PATTERNS, one, true))
        .isInstanceOf(GroupPostOutcome.Ignored.class);
    assertThat(GroupPostDecisions.decide(post("SESA", null), PATTERNS, one, true))
        .isInstanceOf(GroupPostOutcome.Ignored.class);
    assertThat(asked).isEmpty();
  }

  private Function<String, List<String>> waiting(Map<String, List<String>> byOrgan) {
    return organ -> {
      asked.add(organ);
      return byOrgan.getOrDefault(organ, List.of());
    };
  }

  private static GroupPost post(String organ, String text) {
    return new GroupPost("wamid.1", organ == null ? null : "Maria Souza", organ, Instant.parse("2026-12-05T13:00:00Z"),
        text, false);
  }
}
