package br.gov.es.prodest.npi007.incident.adapter.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import br.gov.es.prodest.npi007.avro.whatsapp.GroupPostDecided;
import br.gov.es.prodest.npi007.avro.whatsapp.GroupPostDismissed;
import br.gov.es.prodest.npi007.avro.whatsapp.GroupPostReceived;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import br.gov.es.prodest.npi007.incident.domain.ReportSource;
import br.gov.es.prodest.npi007.incident.domain.ServiceRequestLinked;
import br.gov.es.prodest.npi007.incident.grouppost.application.GroupFeed;
import br.gov.es.prodest.npi007.incident.grouppost.application.GroupFeedPost;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The WhatsApp group's feed in a real store (issue 14): posts, decisions, dismissals and the
 * incident events that name a post arrive in any order and make one view per post; the pending
 * list keeps only what awaits the team; applying a record again changes nothing.
 */
class GroupFeedStoreTest {

  private static final AvroCodec CODEC = AvroCodec.instance();
  private static final Instant NINE = Instant.parse("2026-12-05T12:00:00Z");

  @TempDir
  Path directory;

  private ProjectionStore store;
  private GroupFeed feed;

  @BeforeEach
  void open() {
    store = ProjectionStore.open(directory, "group-feed-test/1", RocksDbBudget.of(8));
    feed = new GroupFeed(store, GroupFeedWire::decode);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void a_possible_report_is_pending_until_an_incident_is_reported_from_it() {
    apply(post("p1", NINE, "O SIGEFES caiu"), decided("p1", "possible-report", null, List.of()));

    GroupFeedPost pending = feed.find("p1").orElseThrow();
    assertThat(pending.situation()).isEqualTo("PENDING_REPORT");
    assertThat(pending.memberName()).isEqualTo("Maria Souza");
    assertThat(pending.memberOrgan()).isEqualTo("SESA");
    assertThat(ids(feed.page(true, PageRequest.first(10)))).containsExactly("p1");

    applyEvents(reported("inc-1", "p1"));

    GroupFeedPost led = feed.find("p1").orElseThrow();
    assertThat(led.situation()).isEqualTo("LED_TO_INCIDENT");
    assertThat(led.incidents()).containsExactly(new GroupFeedPost.Incident("inc-1", "REPORTED"));
    assertThat(feed.page(true, PageRequest.first(10)).items()).isEmpty();
    assertThat(ids(feed.page(false, PageRequest.first(10)))).containsExactly("p1");
  }

  @Test
  void the_pieces_of_a_post_arrive_in_any_order_and_twice_without_changing_it() {
    apply(decided("p2", "sa-awaits-team", "123456", List.of("inc-a", "inc-b")), dismissed("p3", "Não é incidente"));
    assertThat(feed.find("p2")).isEmpty();

    apply(post("p2", NINE.plusSeconds(60), "SA 123456"), post("p3", NINE.plusSeconds(120), "Bom dia"),
        decided("p3", "possible-report", null, List.of()), post("p2", NINE.plusSeconds(60), "SA 123456"));

    GroupFeedPost sa = feed.find("p2").orElseThrow();
    assertThat(sa.situation()).isEqualTo("PENDING_SA");
    assertThat(sa.saNumber()).isEqualTo("123456");
    assertThat(sa.candidates()).containsExactly("inc-a", "inc-b");
    GroupFeedPost dismissed = feed.find("p3").orElseThrow();
    assertThat(dismissed.situation()).isEqualTo("DISMISSED");
    assertThat(dismissed.dismissal().reason()).isEqualTo("Não é incidente");
    assertThat(dismissed.dismissal().dismissedBy()).isEqualTo("ascom");
    assertThat(ids(feed.page(true, PageRequest.first(10)))).containsExactly("p2");

    applyEvents(linked("inc-b", "p2"), linked("inc-b", "p2"));

    assertThat(feed.find("p2").orElseThrow().incidents()).containsExactly(new GroupFeedPost.Incident("inc-b", "SA_LINKED"));
    assertThat(feed.page(true, PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void a_link_decided_at_once_waits_for_the_incident_to_take_it() {
    apply(post("s1", NINE, "SA 654321"), decided("s1", "sa-linked", "654321", List.of("inc-9")));

    assertThat(feed.find("s1").orElseThrow().situation()).as("until the incident took the link").isEqualTo("PENDING_SA");

    applyEvents(linked("inc-9", "s1"));

    assertThat(feed.find("s1").orElseThrow().situation()).isEqualTo("LED_TO_INCIDENT");
    assertThat(feed.page(true, PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void the_posts_are_listed_newest_first_page_by_page() {
    for (int i = 0; i < 5; i++) {
      apply(post("q" + i, NINE.plusSeconds(i), "texto " + i), decided("q" + i, "ignored", null, List.of()));
    }

    Page<GroupFeedPost> first = feed.page(false, PageRequest.first(3));
    Page<GroupFeedPost> second = feed.page(false, new PageRequest(3, first.nextCursor()));

    assertThat(ids(first)).containsExactly("q4", "q3", "q2");
    assertThat(ids(second)).containsExactly("q1", "q0");
    assertThat(second.nextCursor()).isNull();
    assertThat(feed.find("q0").orElseThrow().situation()).isEqualTo("IGNORED");
  }

  private void apply(SpecificRecord... records) {
    try (ProjectionWrite write = store.newWrite()) {
      for (SpecificRecord record : records) {
        feed.apply(CODEC.encode(record), write);
      }
      write.commit();
    }
  }

  private void applyEvents(IncidentEvent... events) {
    try (ProjectionWrite write = store.newWrite()) {
      for (IncidentEvent event : events) {
        feed.apply(event, write);
      }
      write.commit();
    }
  }

  private static List<String> ids(Page<GroupFeedPost> page) {
    return page.items().stream().map(GroupFeedPost::postId).toList();
  }

  private static GroupPostReceived post(String id, Instant at, String text) {
    return GroupPostReceived.newBuilder().setPostId(id).setProvider("cloud-api").setGroup("120363041234567890@g.us")
        .setSender("5527981110000").setSenderName("Maria").setMemberName("Maria Souza").setMemberOrgan("SESA")
        .setPostedAt(at).setReceivedAt(at.plusSeconds(1)).setKind("text").setText(text).setReplyTo(null).build();
  }

  private static GroupPostDecided decided(String id, String outcome, String saNumber, List<String> candidates) {
    return GroupPostDecided.newBuilder().setPostId(id).setOutcome(outcome).setReason(null).setSaNumber(saNumber)
        .setIncidentId(null).setCandidates(candidates).setDecidedAt(NINE).build();
  }

  private static GroupPostDismissed dismissed(String id, String reason) {
    return GroupPostDismissed.newBuilder().setPostId(id).setReason(reason)
        .setActor(new br.gov.es.prodest.npi007.avro.common.Actor("ascom", br.gov.es.prodest.npi007.avro.common.Role.ASCOM,
            "PRODEST", null))
        .setDismissedAt(NINE.plusSeconds(300)).build();
  }

  private static IncidentReported reported(String incidentId, String postId) {
    return new IncidentReported(envelope(incidentId, 1), "SIGEFES", "SESA", "O SIGEFES caiu", ReportSource.WHATSAPP_GROUP,
        "Maria Souza", postId, NINE, "O SIGEFES caiu", "Maria Souza");
  }

  private static ServiceRequestLinked linked(String incidentId, String postId) {
    return new ServiceRequestLinked(envelope(incidentId, 3), "123456", postId, NINE, "SA 123456", "Maria Souza");
  }

  private static Envelope envelope(String incidentId, long sequence) {
    return new Envelope("e-" + incidentId + "-" + sequence, incidentId, sequence, NINE.plusSeconds(600),
        new Actor("team", Role.TEAM, "PRODEST", null), Origin.API, "c-" + incidentId, "c-" + incidentId);
  }
}
