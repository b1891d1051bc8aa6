package br.gov.es.prodest.npi007.incident.domain;

import br.gov.es.prodest.npi007.aggregate.CommandRejected.Kind;
import br.gov.es.prodest.npi007.aggregate.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import static br.gov.es.prodest.npi007.aggregate.Decisions.assertRejected;
import static br.gov.es.prodest.npi007.aggregate.Decisions.onlyEvent;
import static br.gov.es.prodest.npi007.aggregate.Decisions.events;
import static br.gov.es.prodest.npi007.incident.domain.Scenario.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Given an incident, when its SA is linked, then ServiceRequestLinked or a refusal. NPI-007 5.2.2.1. */
class LinkServiceRequestTest {

  @ParameterizedTest
  @CsvSource({
      "REPORTED, UNDER_ANALYSIS",
      "AWAITING_SA, UNDER_ANALYSIS",
      "DETECTED_BY_PRODEST, UNDER_ANALYSIS",
      "CONFIRMED_GENERAL, CONFIRMED_GENERAL",
      "CONFIRMED_RESTRICTED, CONFIRMED_RESTRICTED",
      "MAINTENANCE_SCHEDULED, MAINTENANCE_SCHEDULED"})
  void linking_the_sa_moves_an_untriaged_incident_to_analysis_and_leaves_later_statuses(IncidentStatus from,
      IncidentStatus to) {
    IncidentState state = at(from);

    Decision<IncidentEvent> decision = Incident.decide(linkSa("c-link", " SA-200 "), state);

    ServiceRequestLinked linked = onlyEvent(decision, ServiceRequestLinked.class);
    assertThat(linked.saNumber()).isEqualTo("SA-200");
    assertThat(linked.envelope().sequence()).isEqualTo(state.version() + 1);
    assertThat(linked.envelope().actor()).isEqualTo(SERVICE_DESK);
    IncidentState after = after(state, decision);
    assertThat(after.currentStatus()).contains(to);
    assertThat(((ExistingIncident) after).facts().saNumber()).isEqualTo("SA-200");
  }

  @Test
  void an_sa_from_a_post_of_the_group_keeps_the_post_as_evidence() {
    java.time.Instant postedAt = java.time.Instant.parse("2026-12-05T13:02:00Z");
    LinkServiceRequest fromPost = new LinkServiceRequest("c-post", "c-post", TEN_AM, SERVICE_DESK,
        br.gov.es.prodest.npi007.aggregate.Origin.WHATSAPP, null, INCIDENT, "123456",
        new GroupPostEvidence("wamid.1", postedAt, "SA 123456", "Maria Souza"));

    ServiceRequestLinked linked = onlyEvent(Incident.decide(fromPost, at(IncidentStatus.AWAITING_SA)),
        ServiceRequestLinked.class);

    assertThat(linked.saNumber()).isEqualTo("123456");
    assertThat(linked.postId()).isEqualTo("wamid.1");
    assertThat(linked.postedAt()).isEqualTo(postedAt);
    assertThat(linked.postText()).isEqualTo("SA 123456");
    assertThat(linked.postedBy()).isEqualTo("Maria Souza");
    assertThat(onlyEvent(Incident.decide(linkSa("c-api", "SA-1"), at(IncidentStatus.AWAITING_SA)),
        ServiceRequestLinked.class).postId()).isNull();
  }

  @Test
  void the_same_sa_again_by_another_command_is_accepted_without_an_event() {
    IncidentState state = at(IncidentStatus.UNDER_ANALYSIS);

    assertThat(events(Incident.decide(linkSa("c-other", "SA-100"), state))).isEmpty();
  }

  @Test
  void another_sa_is_refused() {
    assertRejected(Incident.decide(linkSa("c-other", "SA-999"), at(IncidentStatus.UNDER_ANALYSIS)),
        Kind.CONFLICT, "SERVICE_REQUEST_ALREADY_LINKED");
  }

  @ParameterizedTest
  @EnumSource(value = IncidentStatus.class, names = {"NOT_CONFIRMED", "RESTORED"})
  void a_closed_incident_takes_no_sa(IncidentStatus closed) {
    assertRejected(Incident.decide(linkSa("c-link", "SA-1"), at(closed)), Kind.CONFLICT, "INCIDENT_CLOSED");
  }

  @Test
  void the_same_command_again_is_a_retry_and_with_another_sa_a_reused_key() {
    IncidentState state = at(IncidentStatus.UNDER_ANALYSIS);

    assertThat(events(Incident.decide(linkSa("c-sa", "SA-100"), state))).isEmpty();
    assertRejected(Incident.decide(linkSa("c-sa", "SA-101"), state), Kind.RULE_VIOLATED, "IDEMPOTENCY_KEY_REUSED");
  }

  @Test
  void a_blank_sa_number_is_refused() {
    assertRejected(Incident.decide(linkSa("c-link", " "), at(IncidentStatus.REPORTED)),
        Kind.RULE_VIOLATED, "REQUIRED_FIELD_BLANK");
  }
}
