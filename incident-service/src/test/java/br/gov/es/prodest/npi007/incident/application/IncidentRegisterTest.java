package br.gov.es.prodest.npi007.incident.application;

import br.gov.es.prodest.npi007.aggregate.EventIds;
import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import br.gov.es.prodest.npi007.incident.domain.IncidentAssigned;
import br.gov.es.prodest.npi007.incident.domain.IncidentReported;
import br.gov.es.prodest.npi007.incident.domain.IncidentStatus;
import br.gov.es.prodest.npi007.incident.domain.ReportSource;
import br.gov.es.prodest.npi007.paging.InvalidPageRequest;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentRegisterTest {

  private static final Instant NINE_AM = Instant.parse("2025-03-10T12:00:00Z");
  private static final Instant TEN_AM = Instant.parse("2025-03-10T13:00:00Z");

  @TempDir
  Path directory;
  private StoredIncidentRegister stored;
  private IncidentRegister register;

  @BeforeEach
  void openStore() {
    stored = new StoredIncidentRegister(directory);
    register = stored.register();
  }

  @AfterEach
  void closeStore() {
    stored.close();
  }

  @Test
  void an_event_applied_twice_is_shown_once() {
    IncidentReported sigefes = reported("inc-1", "SIGEFES", "SESA", ReportSource.WHATSAPP_GROUP, NINE_AM);

    stored.apply(sigefes);
    stored.apply(sigefes);

    assertThat(list(IncidentFilter.ALL)).hasSize(1);
    assertThat(register.find("inc-1")).hasValueSatisfying(view -> {
      assertThat(view.status()).isEqualTo(IncidentStatus.REPORTED);
      assertThat(view.version()).isEqualTo(1);
      assertThat(view.reportedAt()).isEqualTo(NINE_AM);
      assertThat(view.saNumber()).isNull();
    });
  }

  @Test
  void listings_are_newest_first_and_filtered_by_status_organ_and_component() {
    stored.apply(reported("inc-1", "SIGEFES", "SESA", ReportSource.WHATSAPP_GROUP, NINE_AM));
    stored.apply(reported("inc-2", "E-Docs", "PRODEST", ReportSource.MONITORING, TEN_AM));

    assertThat(list(IncidentFilter.ALL)).extracting(IncidentView::id).containsExactly("inc-2", "inc-1");
    assertThat(list(new IncidentFilter("DETECTED_BY_PRODEST", null, null)))
        .extracting(IncidentView::id).containsExactly("inc-2");
    assertThat(list(new IncidentFilter(null, "SESA", "SIGEFES")))
        .extracting(IncidentView::id).containsExactly("inc-1");
    assertThat(list(new IncidentFilter(null, "SESA", "E-Docs"))).isEmpty();
  }

  @Test
  void a_page_holds_50_incidents_by_default_or_the_limit_asked() {
    reportEveryMinute(120, "SESA");

    Page<IncidentView> byDefault = register.page(IncidentFilter.ALL, PageRequest.of(null, null));
    Page<IncidentView> seven = register.page(IncidentFilter.ALL, PageRequest.first(7));

    assertThat(byDefault.items()).hasSize(50);
    assertThat(byDefault.next()).isPresent();
    assertThat(seven.items()).extracting(IncidentView::id)
        .containsExactly("inc-119", "inc-118", "inc-117", "inc-116", "inc-115", "inc-114", "inc-113");
  }

  @Test
  void walking_the_pages_shows_every_incident_once_newest_first_and_the_last_page_has_no_cursor() {
    reportEveryMinute(23, "SESA");
    stored.apply(reported("inc-same-time", "SIGEFES", "SESA", ReportSource.WHATSAPP_GROUP, NINE_AM.plusSeconds(600)));

    List<Page<IncidentView>> pages = walk(IncidentFilter.ALL, 5);

    assertThat(pages).hasSize(5);
    assertThat(pages.get(4).items()).hasSize(4);
    assertThat(pages.get(4).next()).isEmpty();
    assertThat(pages.stream().flatMap(page -> page.items().stream()).map(IncidentView::id).toList())
        .isEqualTo(list(IncidentFilter.ALL).stream().map(IncidentView::id).toList())
        .hasSize(24).doesNotHaveDuplicates();
  }

  @Test
  void an_incident_reported_between_two_pages_is_neither_repeated_nor_skipped() {
    reportEveryMinute(10, "SESA");
    Page<IncidentView> first = register.page(IncidentFilter.ALL, PageRequest.first(4));

    // a new report is newer than the cursor: it belongs to a fresh walk, not to this one
    stored.apply(reported("inc-new", "SIGEFES", "SESA", ReportSource.WHATSAPP_GROUP, NINE_AM.plusSeconds(3600)));
    // a late event (replayed, or from another partition) older than the cursor shows in its place
    stored.apply(reported("inc-late", "SIGEFES", "SESA", ReportSource.WHATSAPP_GROUP, NINE_AM.plusSeconds(90)));
    Page<IncidentView> second = register.page(IncidentFilter.ALL, PageRequest.of("4", first.nextCursor()));
    Page<IncidentView> third = register.page(IncidentFilter.ALL, PageRequest.of("4", second.nextCursor()));

    assertThat(first.items()).extracting(IncidentView::id).containsExactly("inc-9", "inc-8", "inc-7", "inc-6");
    assertThat(second.items()).extracting(IncidentView::id).containsExactly("inc-5", "inc-4", "inc-3", "inc-2");
    assertThat(third.items()).extracting(IncidentView::id).containsExactly("inc-late", "inc-1", "inc-0");
    assertThat(third.next()).isEmpty();
  }

  @Test
  void the_filters_hold_on_every_page() {
    reportEveryMinute(12, "SESA");
    for (int i = 0; i < 12; i++) {
      stored.apply(reported("sedu-" + i, "SIGEFES", "SEDU", ReportSource.MONITORING, NINE_AM.plusSeconds(i * 60 + 30)));
    }

    List<String> sedu = walk(new IncidentFilter(null, "SEDU", null), 5).stream()
        .flatMap(page -> page.items().stream()).map(IncidentView::id).toList();

    assertThat(sedu).hasSize(12).allMatch(id -> id.startsWith("sedu-")).doesNotHaveDuplicates();
    assertThat(sedu.get(0)).isEqualTo("sedu-11");
  }

  @Test
  void a_cursor_of_another_list_is_refused() {
    reportEveryMinute(3, "SESA");
    String complianceCursor = register.page("compliance", PageRequest.first(1), Optional::of).nextCursor();

    assertThatThrownBy(() -> register.page(IncidentFilter.ALL, PageRequest.of(null, complianceCursor)))
        .isInstanceOfSatisfying(InvalidPageRequest.class, refused -> assertThat(refused.code()).isEqualTo("INVALID_CURSOR"));
  }

  // Issue 15: the register shows the unit in charge and lists by it; a reassignment moves the incident.
  @Test
  void the_responsible_unit_is_shown_and_listed_and_a_reassignment_moves_the_incident() {
    stored.apply(reported("inc-1", "SIGEFES", "SESA", ReportSource.WHATSAPP_GROUP, NINE_AM));
    stored.apply(reported("inc-2", "E-Docs", "SEGER", ReportSource.MONITORING, TEN_AM));
    stored.apply(assigned("inc-1", 2, "GEITIC", null));
    stored.apply(assigned("inc-2", 2, "GEITIC", null));

    assertThat(page(new IncidentFilter(null, null, null, null, null, "GEITIC"))).containsExactly("inc-2", "inc-1");

    stored.apply(assigned("inc-1", 3, "GESIT", "GEITIC"));

    assertThat(register.find("inc-1").orElseThrow().unit()).isEqualTo("GESIT");
    assertThat(page(new IncidentFilter(null, null, null, null, null, "GEITIC"))).containsExactly("inc-2");
    assertThat(page(new IncidentFilter(null, null, null, null, null, "GESIT"))).containsExactly("inc-1");
    assertThat(page(new IncidentFilter(null, "SEGER", null, null, null, "GESIT"))).isEmpty();
    assertThat(register.find("inc-2").orElseThrow().status()).isEqualTo(IncidentStatus.DETECTED_BY_PRODEST);
  }

  @Test
  void an_incident_reported_with_its_unit_is_listed_under_it_from_the_report() {
    IncidentReported byAlert = reported("inc-1", "SIGEFES", "PRODEST", ReportSource.MONITORING, NINE_AM);
    stored.apply(new IncidentReported(byAlert.envelope(), byAlert.component(), byAlert.organ(), byAlert.description(),
        byAlert.source(), byAlert.reportedBy(), null, null, null, null, "GEITIC", null));

    assertThat(register.find("inc-1").orElseThrow().unit()).isEqualTo("GEITIC");
    assertThat(page(new IncidentFilter(null, null, null, null, null, "GEITIC"))).containsExactly("inc-1");
  }

  // the compliance list of a unit walks the unit's index, page by page, within the period
  @Test
  void a_list_of_a_units_incidents_walks_its_index_within_the_period_page_by_page() {
    reportEveryMinute(5, "SESA");
    for (int i = 0; i < 5; i++) {
      stored.apply(assigned("inc-" + i, 2, i % 2 == 0 ? "GESIT" : "GEITIC", null));
    }
    IncidentFilter gesit = new IncidentFilter(null, null, null, null, null, "GESIT");
    ReportPeriod untilTheFifth = new ReportPeriod(NINE_AM, NINE_AM.plusSeconds(4 * 60));

    Page<IncidentView> first = register.page("compliance", gesit, untilTheFifth, PageRequest.first(1), Optional::of);
    Page<IncidentView> second = register.page("compliance", gesit, untilTheFifth,
        new PageRequest(1, first.nextCursor()), Optional::of);

    assertThat(first.items()).extracting(IncidentView::id).containsExactly("inc-2");
    assertThat(second.items()).extracting(IncidentView::id).containsExactly("inc-0");
    assertThat(second.next()).isEmpty();
  }

  private List<String> page(IncidentFilter filter) {
    return register.page(filter, PageRequest.first(50)).items().stream().map(IncidentView::id).toList();
  }

  private static IncidentAssigned assigned(String id, long sequence, String unit, String previous) {
    Envelope envelope = new Envelope(EventIds.causedBy("assign-" + id + "-" + sequence, 1), id, sequence, TEN_AM,
        new Actor("ana", Role.TEAM, null), Origin.API, "assign-" + id + "-" + sequence, "corr-" + id);
    return new IncidentAssigned(envelope, unit, null, previous);
  }

  /** Every incident the filter matches, newest first: the whole report-time range. */
  private List<IncidentView> list(IncidentFilter filter) {
    return register.reportedBetween(Instant.EPOCH, Instant.parse("3000-01-01T00:00:00Z"), filter);
  }

  private List<Page<IncidentView>> walk(IncidentFilter filter, int limit) {
    List<Page<IncidentView>> pages = new ArrayList<>();
    Page<IncidentView> page = register.page(filter, PageRequest.first(limit));
    pages.add(page);
    while (page.next().isPresent()) {
      page = register.page(filter, new PageRequest(limit, page.nextCursor()));
      pages.add(page);
    }
    return pages;
  }

  /** Incidents {@code inc-0} ... reported a minute apart from nine o'clock, the last the newest. */
  private void reportEveryMinute(int count, String organ) {
    for (int i = 0; i < count; i++) {
      stored.apply(reported("inc-" + i, "SIGEFES", organ, ReportSource.WHATSAPP_GROUP, NINE_AM.plusSeconds(i * 60L)));
    }
  }

  private static IncidentReported reported(String id, String component, String organ, ReportSource source,
      Instant at) {
    Envelope envelope = new Envelope(EventIds.causedBy("cmd-" + id, 1), id, 1, at,
        new Actor("ana", Role.TEAM, null), Origin.API, "cmd-" + id, "corr-" + id);
    return new IncidentReported(envelope, component, organ, "Lentidão", source, "Ana");
  }
}
