package br.gov.es.prodest.npi007.incident.application;

import br.gov.es.prodest.npi007.aggregate.EventIds;
import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import br.gov.es.prodest.npi007.incident.domain.IncidentEvent;
import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import br.gov.es.prodest.npi007.incident.domain.ReportAcknowledged;
import br.gov.es.prodest.npi007.incident.domain.ReportSource;
import br.gov.es.prodest.npi007.incident.domain.ServiceRestored;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** The register in its store: a restart keeps it, a poll applied again changes nothing, a filter walks its own index. */
class IncidentRegisterStoreTest {

  private static final Instant MARCH_FIRST = Instant.parse("2025-03-01T12:00:00Z");
  private static final IncidentFilter RESTORED = new IncidentFilter(IncidentStatus.RESTORED.name(), null, null);

  @TempDir
  Path directory;
  private StoredIncidentRegister stored;

  @BeforeEach
  void openStore() {
    stored = new StoredIncidentRegister(directory);
  }

  @AfterEach
  void closeStore() {
    stored.close();
  }

  @Test
  void a_restart_answers_the_same_queries_without_reading_the_topic_again() {
    stored.apply(lifeOf("inc-1", MARCH_FIRST, true));
    stored.apply(lifeOf("inc-2", MARCH_FIRST.plusSeconds(60), false));
    IncidentRegister before = stored.register();
    var page = before.page(IncidentFilter.ALL, PageRequest.first(1));
    var timeline = before.timeline("inc-1").orElseThrow();
    var view = before.find("inc-1").orElseThrow();

    IncidentRegister after = stored.reopen();

    assertThat(after.find("inc-1")).contains(view).get()
        .extracting(IncidentView::status).isEqualTo(IncidentStatus.RESTORED);
    assertThat(after.timeline("inc-1")).contains(timeline);
    assertThat(after.page(IncidentFilter.ALL, PageRequest.first(1))).isEqualTo(page);
    assertThat(after.page(IncidentFilter.ALL, PageRequest.of("1", page.nextCursor())).items())
        .extracting(IncidentView::id).containsExactly("inc-1");
  }

  @Test
  void a_poll_applied_again_after_a_crash_changes_nothing() {
    IncidentEvent[] life = lifeOf("inc-1", MARCH_FIRST, true);
    stored.apply(life);
    IncidentRegister register = stored.register();
    var view = register.find("inc-1").orElseThrow();
    var history = register.history("inc-1").orElseThrow();

    stored.apply(life);
    stored.apply(life[0], life[1], life[0]);

    assertThat(register.find("inc-1")).contains(view);
    assertThat(register.history("inc-1")).contains(history);
    assertThat(register.page(IncidentFilter.ALL, PageRequest.first(10)).items()).containsExactly(view);
    assertThat(register.page(RESTORED, PageRequest.first(10)).items()).containsExactly(view);
  }

  @Test
  void an_incident_that_moves_leaves_its_old_status_and_openness_ranges() {
    IncidentEvent[] life = lifeOf("inc-1", MARCH_FIRST, true);
    stored.apply(life[0]);
    IncidentRegister register = stored.register();
    assertThat(register.page(new IncidentFilter("REPORTED", null, null), PageRequest.first(5)).items()).hasSize(1);

    stored.apply(life[1], life[2]);

    assertThat(register.page(new IncidentFilter("REPORTED", null, null), PageRequest.first(5)).items()).isEmpty();
    assertThat(register.page(new IncidentFilter("AWAITING_SA", null, null), PageRequest.first(5)).items()).isEmpty();
    assertThat(register.page(RESTORED, PageRequest.first(5)).items()).extracting(IncidentView::id)
        .containsExactly("inc-1");
    assertThat(register.page(new IncidentFilter(null, null, null, null, true), PageRequest.first(5)).items())
        .isEmpty();
    assertThat(register.page(new IncidentFilter(null, null, null, null, false), PageRequest.first(5)).items())
        .extracting(IncidentView::id).containsExactly("inc-1");
  }

  @Test
  void a_status_page_walks_its_own_range_past_hundreds_of_other_incidents() {
    for (int i = 0; i < 300; i++) {
      stored.apply(lifeOf("inc-" + i, MARCH_FIRST.plusSeconds(i * 60L), i % 100 == 50));
    }
    IncidentRegister register = stored.register();
    long before = stored.decoded();

    Page<IncidentView> first = register.page(RESTORED, PageRequest.first(2));
    Page<IncidentView> second = register.page(RESTORED, PageRequest.of("2", first.nextCursor()));

    assertThat(first.items()).extracting(IncidentView::id).containsExactly("inc-250", "inc-150");
    assertThat(first.next()).isPresent();
    assertThat(second.items()).extracting(IncidentView::id).containsExactly("inc-50");
    assertThat(second.next()).isEmpty();
    // three restored incidents of three events each, a few times over: none of the 297 others is read
    assertThat(stored.decoded() - before).isLessThan(3 * 3 * 4);
  }

  @Test
  void a_month_is_a_walk_of_that_stretch_of_the_report_time_index() {
    stored.apply(lifeOf("february", Instant.parse("2025-02-28T23:59:59Z"), false));
    stored.apply(lifeOf("march-first", Instant.parse("2025-03-01T00:00:00Z"), false));
    stored.apply(lifeOf("march-last", Instant.parse("2025-03-31T23:59:59Z"), true));
    stored.apply(lifeOf("april", Instant.parse("2025-04-01T00:00:00Z"), false));

    List<IncidentView> march = stored.register().reportedBetween(Instant.parse("2025-03-01T00:00:00Z"),
        Instant.parse("2025-04-01T00:00:00Z"), IncidentFilter.ALL);

    assertThat(march).extracting(IncidentView::id).containsExactly("march-last", "march-first");
    assertThat(stored.register().reportedBetween(Instant.parse("2025-03-01T00:00:00Z"),
        Instant.parse("2025-04-01T00:00:00Z"), RESTORED)).extracting(IncidentView::id).containsExactly("march-last");
  }

  @Test
  void a_component_holding_the_zero_character_is_kept_and_found_by_its_filter() {
    stored.apply(new IncidentReported(envelope("inc-0", 1, MARCH_FIRST), "SIGE\0FES", "SESA", "Lentidão",
        ReportSource.WHATSAPP_GROUP, "Ana"));
    stored.apply(lifeOf("inc-1", MARCH_FIRST.plusSeconds(60), false));
    IncidentRegister register = stored.register();

    assertThat(register.page(new IncidentFilter(null, null, "SIGE\0FES"), PageRequest.first(5)).items())
        .extracting(IncidentView::id).containsExactly("inc-0");
    assertThat(register.page(new IncidentFilter(null, null, "SIGE\uFFFDFES"), PageRequest.first(5)).items()).isEmpty();
    assertThat(register.find("inc\u00000")).isEmpty();
  }

  /** Reported, acknowledged and, when {@code restored}, restored, a second apart. */
  private static IncidentEvent[] lifeOf(String id, Instant reportedAt, boolean restored) {
    IncidentReported reported = new IncidentReported(envelope(id, 1, reportedAt), "SIGEFES", "SESA", "Lentidão",
        ReportSource.WHATSAPP_GROUP, "Ana");
    ReportAcknowledged acknowledged = new ReportAcknowledged(envelope(id, 2, reportedAt.plusSeconds(1)), "n-" + id);
    if (!restored) {
      return new IncidentEvent[] {reported, acknowledged};
    }
    return new IncidentEvent[] {reported, acknowledged,
        new ServiceRestored(envelope(id, 3, reportedAt.plusSeconds(2)), "SIGEFES", "normalizado")};
  }

  private static Envelope envelope(String id, long sequence, Instant at) {
    return new Envelope(EventIds.causedBy("cmd-" + id + "-" + sequence, sequence), id, sequence, at,
        new Actor("ana", Role.TEAM, null), Origin.API, "cmd-" + id + "-" + sequence, "corr-" + id);
  }
}
