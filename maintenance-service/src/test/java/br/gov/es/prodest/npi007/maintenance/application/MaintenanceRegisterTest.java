package br.gov.es.prodest.npi007.maintenance.application;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.aggregate.Origin;
import br.gov.es.prodest.npi007.aggregate.Role;
import br.gov.es.prodest.npi007.maintenance.adapter.kafka.MaintenanceWire;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceCancelled;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceEvent;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceRequested;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceRescheduled;
import br.gov.es.prodest.npi007.maintenance.domain.OpenWindow;
import br.gov.es.prodest.npi007.maintenance.domain.Policy;
import br.gov.es.prodest.npi007.maintenance.domain.Window;
import br.gov.es.prodest.npi007.paging.InvalidPageRequest;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The register's lists, a page at a time, in a real store. */
class MaintenanceRegisterTest {

  private static final Instant ASKED = Instant.parse("2025-03-10T13:00:00Z");
  /** The first window starts Wednesday 22:00 in Vitória; the others an hour apart. */
  private static final Instant FIRST_START = Instant.parse("2025-03-13T01:00:00Z");
  private static final Actor TEAM = new Actor("joao.prodest", Role.TEAM, "PRODEST");
  private static final MaintenanceFilter UPCOMING = new MaintenanceFilter(MaintenanceFilter.When.UPCOMING, null, null);
  private static final MaintenanceFilter PAST = new MaintenanceFilter(MaintenanceFilter.When.PAST, null, null);

  private static final AvroCodec CODEC = AvroCodec.instance();

  @TempDir
  Path directory;

  /** How many events the register has decoded: a walk of the right index decodes only what it shows. */
  private final AtomicInteger decoded = new AtomicInteger();
  private ProjectionStore store;
  private MaintenanceRegister register;

  @BeforeEach
  void open() {
    store = ProjectionStore.open(directory, MaintenanceRegister.LAYOUT, RocksDbBudget.of(8));
    register = new MaintenanceRegister(store, Policy.DEFAULT, record -> {
      decoded.incrementAndGet();
      return MaintenanceWire.INSTANCE.toEvent(CODEC.decode(record));
    });
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void a_page_holds_50_maintenances_by_default_or_the_limit_asked() {
    requestHourly(120, "SIGEFES");

    Page<MaintenanceView> byDefault = register.page(MaintenanceFilter.ALL, PageRequest.of(null, null));
    Page<MaintenanceView> three = register.page(MaintenanceFilter.ALL, PageRequest.first(3));

    assertThat(byDefault.items()).hasSize(50);
    assertThat(byDefault.next()).isPresent();
    assertThat(three.items()).extracting(MaintenanceView::id).containsExactly("m-000", "m-001", "m-002");
  }

  @Test
  void walking_the_pages_shows_every_maintenance_once_soonest_first_and_the_last_page_has_no_cursor() {
    requestHourly(23, "SIGEFES");

    List<Page<MaintenanceView>> pages = walk(UPCOMING, 5);

    assertThat(pages).hasSize(5);
    assertThat(pages.get(4).items()).hasSize(3);
    assertThat(pages.get(4).next()).isEmpty();
    assertThat(ids(pages)).isEqualTo(register.list(UPCOMING).stream().map(MaintenanceView::id).toList())
        .hasSize(23).doesNotHaveDuplicates();
  }

  @Test
  void a_maintenance_requested_between_two_pages_is_neither_repeated_nor_skipped() {
    requestHourly(6, "SIGEFES");
    Page<MaintenanceView> first = register.page(UPCOMING, PageRequest.first(3));

    apply(requested("m-sooner", "SIGEFES", FIRST_START.minus(Duration.ofHours(1))));
    apply(requested("m-between", "SIGEFES", FIRST_START.plus(Duration.ofMinutes(3 * 60 + 30))));
    Page<MaintenanceView> second = register.page(UPCOMING, PageRequest.of("3", first.nextCursor()));
    Page<MaintenanceView> third = register.page(UPCOMING, PageRequest.of("3", second.nextCursor()));

    assertThat(first.items()).extracting(MaintenanceView::id).containsExactly("m-000", "m-001", "m-002");
    assertThat(second.items()).extracting(MaintenanceView::id).containsExactly("m-003", "m-between", "m-004");
    assertThat(third.items()).extracting(MaintenanceView::id).containsExactly("m-005");
    assertThat(third.next()).isEmpty();
  }

  @Test
  void past_maintenances_are_paged_most_recent_first_with_their_filters() {
    requestHourly(10, "SIGEFES");
    requestHourly(10, "E-Docs", "e-");
    for (int i = 0; i < 10; i++) {
      if (i != 4) {
        apply(cancelled(String.format("m-%03d", i), 2, FIRST_START.plus(Duration.ofHours(i))));
        apply(cancelled(String.format("e-%03d", i), 2, FIRST_START.plus(Duration.ofHours(i))));
      }
    }

    List<String> past = ids(walk(new MaintenanceFilter(MaintenanceFilter.When.PAST, "sigefes", null), 4));

    assertThat(past).containsExactly("m-009", "m-008", "m-007", "m-006", "m-005", "m-003", "m-002", "m-001", "m-000");
  }

  @Test
  void a_rescheduled_maintenance_moves_to_its_new_place_once() {
    requestHourly(4, "SIGEFES");

    apply(rescheduled("m-000", 2, FIRST_START.plus(Duration.ofHours(10))));

    assertThat(ids(walk(UPCOMING, 2))).containsExactly("m-001", "m-002", "m-003", "m-000");
  }

  @Test
  void a_cursor_of_the_other_direction_is_refused() {
    requestHourly(3, "SIGEFES");
    apply(cancelled("m-000", 2, FIRST_START));
    apply(cancelled("m-001", 2, FIRST_START));
    String pastCursor = register.page(PAST, PageRequest.first(1)).nextCursor();

    assertThatThrownBy(() -> register.page(UPCOMING, PageRequest.of(null, pastCursor)))
        .isInstanceOfSatisfying(InvalidPageRequest.class, refused -> assertThat(refused.code()).isEqualTo("INVALID_CURSOR"));
  }

  @Test
  void a_reopened_store_answers_the_same_without_reading_the_topic_again() {
    requestHourly(12, "SIGEFES");
    apply(cancelled("m-003", 2, FIRST_START.plus(Duration.ofHours(3))),
        rescheduled("m-005", 2, FIRST_START.plus(Duration.ofHours(20))));
    List<Object> before = answers();

    close();
    open();

    assertThat(answers()).isEqualTo(before);
    assertThat(register.find("m-005").orElseThrow().start()).isEqualTo(FIRST_START.plus(Duration.ofHours(20)));
  }

  @Test
  void applying_the_same_records_again_changes_nothing() {
    MaintenanceEvent[] events = {requested("m-000", "SIGEFES", FIRST_START),
        requested("m-001", "SIGEFES", FIRST_START.plus(Duration.ofHours(1))),
        cancelled("m-001", 2, FIRST_START.plus(Duration.ofHours(1))),
        rescheduled("m-000", 2, FIRST_START.plus(Duration.ofHours(5)))};
    apply(events);
    List<Object> before = answers();

    apply(events); // a crash between a poll and its batch applies the poll again
    for (MaintenanceEvent event : events) {
      apply(event);
    }

    assertThat(answers()).isEqualTo(before);
    assertThat(register.history("m-000").orElseThrow()).extracting(HistoryEntry::sequence).containsExactly(1L, 2L);
    assertThat(register.list(MaintenanceFilter.ALL)).extracting(MaintenanceView::id).containsExactly("m-001", "m-000");
  }

  @Test
  void a_filtered_page_walks_only_the_maintenances_it_shows() {
    requestHourly(200, "SIGEFES");
    requestHourly(3, "E-Docs", "e-");
    apply(cancelled("m-150", 2, FIRST_START.plus(Duration.ofHours(150))),
        cancelled("m-199", 2, FIRST_START.plus(Duration.ofHours(199))));
    MaintenanceFilter cancelledOnes = new MaintenanceFilter(null, null, "CANCELLED");
    MaintenanceFilter pastOfSigefes = new MaintenanceFilter(MaintenanceFilter.When.PAST, "sigefes", null);
    decoded.set(0);

    Page<MaintenanceView> eDocs = register.page(new MaintenanceFilter(null, "e-docs", null), PageRequest.first(2));
    Page<MaintenanceView> eDocsNext = register.page(new MaintenanceFilter(null, "e-docs", null),
        PageRequest.of("2", eDocs.nextCursor()));
    Page<MaintenanceView> cancelled = register.page(cancelledOnes, PageRequest.first(1));
    Page<MaintenanceView> cancelledNext = register.page(cancelledOnes, PageRequest.of("1", cancelled.nextCursor()));
    Page<MaintenanceView> past = register.page(pastOfSigefes, PageRequest.first(1));
    Page<MaintenanceView> pastNext = register.page(pastOfSigefes, PageRequest.of("1", past.nextCursor()));

    assertThat(eDocs.items()).extracting(MaintenanceView::id).containsExactly("e-000", "e-001");
    assertThat(eDocsNext.items()).extracting(MaintenanceView::id).containsExactly("e-002");
    assertThat(eDocsNext.next()).isEmpty();
    assertThat(cancelled.items()).extracting(MaintenanceView::id).containsExactly("m-150");
    assertThat(cancelledNext.items()).extracting(MaintenanceView::id).containsExactly("m-199");
    assertThat(cancelledNext.next()).isEmpty();
    assertThat(past.items()).extracting(MaintenanceView::id).containsExactly("m-199");
    assertThat(pastNext.items()).extracting(MaintenanceView::id).containsExactly("m-150");
    assertThat(pastNext.next()).isEmpty();
    // 3 + 1 E-Docs lookups of one event, 2 + 1 + 2 + 1 of the cancelled ones' two: none of the 198 others
    assertThat(decoded.get()).isEqualTo(16);
  }

  // Issue 15: a unit's maintenances, from the unit's own list; component and status checked on the way.
  @Test
  void a_units_maintenances_are_listed_from_its_own_list() {
    requestHourly(3, "SIGEFES");
    apply(withUnit(requested("g-1", "E-Docs", FIRST_START.plus(Duration.ofHours(5))), "GEITIC"),
        withUnit(requested("g-2", "SIGEFES", FIRST_START.plus(Duration.ofHours(1))), "GEITIC"),
        withUnit(requested("s-1", "SIGEFES", FIRST_START.plus(Duration.ofHours(2))), "GESIT"));

    assertThat(register.page(new MaintenanceFilter(null, null, null, "GEITIC"), PageRequest.first(10)).items())
        .extracting(MaintenanceView::id).containsExactly("g-2", "g-1");
    assertThat(register.page(new MaintenanceFilter(MaintenanceFilter.When.UPCOMING, "sigefes", null, "GEITIC"),
        PageRequest.first(10)).items()).extracting(MaintenanceView::id).containsExactly("g-2");
    assertThat(register.page(new MaintenanceFilter(MaintenanceFilter.When.PAST, null, null, "GEITIC"),
        PageRequest.first(10)).items()).isEmpty();
    assertThat(register.find("s-1").orElseThrow().unit()).isEqualTo("GESIT");
  }

  @Test
  void the_open_windows_come_from_their_own_index_without_folding_any_maintenance() {
    requestHourly(5, "SIGEFES");
    apply(cancelled("m-001", 2, FIRST_START.plus(Duration.ofHours(1))),
        rescheduled("m-002", 2, FIRST_START.plus(Duration.ofHours(10))));
    decoded.set(0);

    List<OpenWindow> open = register.openWindows();

    assertThat(open).extracting(OpenWindow::maintenanceId).containsExactly("m-000", "m-002", "m-003", "m-004");
    assertThat(open.get(1)).isEqualTo(new OpenWindow("m-002", "SIGEFES", new Window(
        FIRST_START.plus(Duration.ofHours(10)), FIRST_START.plus(Duration.ofHours(10)).plus(Duration.ofMinutes(30)))));
    assertThat(decoded.get()).isZero();
  }

  /** What the register answers: lists, pages, one maintenance with its history, the open windows. */
  private List<Object> answers() {
    return List.of(register.list(MaintenanceFilter.ALL), register.list(PAST), register.page(UPCOMING, PageRequest.first(4)),
        register.find("m-000"), register.history("m-001"), register.openWindows());
  }

  /** Applies events as the replay does: as the topic holds them, in one write. */
  private void apply(MaintenanceEvent... events) {
    try (ProjectionWrite write = store.newWrite()) {
      for (MaintenanceEvent event : events) {
        register.apply(record(event), write);
      }
      write.commit();
    }
  }

  private static byte[] record(MaintenanceEvent event) {
    return CODEC.encode(MaintenanceWire.INSTANCE.toAvro(event));
  }

  private List<Page<MaintenanceView>> walk(MaintenanceFilter filter, int limit) {
    List<Page<MaintenanceView>> pages = new ArrayList<>();
    Page<MaintenanceView> page = register.page(filter, PageRequest.first(limit));
    pages.add(page);
    while (page.next().isPresent()) {
      page = register.page(filter, new PageRequest(limit, page.nextCursor()));
      pages.add(page);
    }
    return pages;
  }

  private static List<String> ids(List<Page<MaintenanceView>> pages) {
    return pages.stream().flatMap(page -> page.items().stream()).map(MaintenanceView::id).toList();
  }

  private void requestHourly(int count, String component) {
    requestHourly(count, component, "m-");
  }

  /** Maintenances {@code m-000} ... whose windows start an hour apart, the first at {@link #FIRST_START}. */
  private void requestHourly(int count, String component, String prefix) {
    for (int i = 0; i < count; i++) {
      apply(requested(String.format("%s%03d", prefix, i), component, FIRST_START.plus(Duration.ofHours(i))));
    }
  }

  private static MaintenanceRequested requested(String id, String component, Instant start) {
    return new MaintenanceRequested(envelope(id, 1, ASKED), component, start, start.plus(Duration.ofMinutes(30)),
        "Atualização", true, false, null, List.of(), List.of(1440, 60));
  }

  private static MaintenanceRequested withUnit(MaintenanceRequested requested, String unit) {
    return new MaintenanceRequested(requested.envelope(), requested.component(), requested.start(), requested.end(),
        requested.purpose(), requested.causesUnavailability(), requested.urgent(), requested.incidentId(),
        requested.overlapsWith(), requested.reminderLeadMinutes(), unit);
  }

  private static MaintenanceRescheduled rescheduled(String id, long sequence, Instant start) {
    return new MaintenanceRescheduled(envelope(id, sequence, ASKED.plusSeconds(60)), "SIGEFES", FIRST_START,
        FIRST_START.plus(Duration.ofMinutes(30)), start, start.plus(Duration.ofMinutes(30)), "Atualização", false,
        "Outra data", List.of());
  }

  private static MaintenanceCancelled cancelled(String id, long sequence, Instant start) {
    return new MaintenanceCancelled(envelope(id, sequence, ASKED.plusSeconds(120)), "SIGEFES", start,
        start.plus(Duration.ofMinutes(30)), "Desnecessária");
  }

  private static Envelope envelope(String id, long sequence, Instant at) {
    return new Envelope("event-" + id + "-" + sequence, id, sequence, at, TEAM, Origin.API, "command-" + id,
        "correlation-" + id);
  }
}
