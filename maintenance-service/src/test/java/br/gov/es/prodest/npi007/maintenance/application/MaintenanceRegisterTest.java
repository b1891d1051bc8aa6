package br.gov.es.prodest.npi007.maintenance.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.gov.es.prodest.npi007.maintenance.domain.Actor;
import br.gov.es.prodest.npi007.maintenance.domain.Envelope;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceCancelled;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceRequested;
import br.gov.es.prodest.npi007.maintenance.domain.MaintenanceRescheduled;
import br.gov.es.prodest.npi007.maintenance.domain.Origin;
import br.gov.es.prodest.npi007.maintenance.domain.Policy;
import br.gov.es.prodest.npi007.maintenance.domain.Role;
import br.gov.es.prodest.npi007.paging.InvalidPageRequest;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The register's lists, a page at a time. */
class MaintenanceRegisterTest {

  private static final Instant ASKED = Instant.parse("2025-03-10T13:00:00Z");
  /** The first window starts Wednesday 22:00 in Vitória; the others an hour apart. */
  private static final Instant FIRST_START = Instant.parse("2025-03-13T01:00:00Z");
  private static final Actor TEAM = new Actor("joao.prodest", Role.TEAM, "PRODEST");
  private static final MaintenanceFilter UPCOMING = new MaintenanceFilter(MaintenanceFilter.When.UPCOMING, null, null);
  private static final MaintenanceFilter PAST = new MaintenanceFilter(MaintenanceFilter.When.PAST, null, null);

  private final MaintenanceRegister register = new MaintenanceRegister(Policy.DEFAULT);

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

    register.apply(requested("m-sooner", "SIGEFES", FIRST_START.minus(Duration.ofHours(1))));
    register.apply(requested("m-between", "SIGEFES", FIRST_START.plus(Duration.ofMinutes(3 * 60 + 30))));
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
        register.apply(cancelled(String.format("m-%03d", i), 2, FIRST_START.plus(Duration.ofHours(i))));
        register.apply(cancelled(String.format("e-%03d", i), 2, FIRST_START.plus(Duration.ofHours(i))));
      }
    }

    List<String> past = ids(walk(new MaintenanceFilter(MaintenanceFilter.When.PAST, "sigefes", null), 4));

    assertThat(past).containsExactly("m-009", "m-008", "m-007", "m-006", "m-005", "m-003", "m-002", "m-001", "m-000");
  }

  @Test
  void a_rescheduled_maintenance_moves_to_its_new_place_once() {
    requestHourly(4, "SIGEFES");

    register.apply(rescheduled("m-000", 2, FIRST_START.plus(Duration.ofHours(10))));

    assertThat(ids(walk(UPCOMING, 2))).containsExactly("m-001", "m-002", "m-003", "m-000");
  }

  @Test
  void a_cursor_of_the_other_direction_is_refused() {
    requestHourly(3, "SIGEFES");
    register.apply(cancelled("m-000", 2, FIRST_START));
    register.apply(cancelled("m-001", 2, FIRST_START));
    String pastCursor = register.page(PAST, PageRequest.first(1)).nextCursor();

    assertThatThrownBy(() -> register.page(UPCOMING, PageRequest.of(null, pastCursor)))
        .isInstanceOfSatisfying(InvalidPageRequest.class, refused -> assertThat(refused.code()).isEqualTo("INVALID_CURSOR"));
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
      register.apply(requested(String.format("%s%03d", prefix, i), component, FIRST_START.plus(Duration.ofHours(i))));
    }
  }

  private static MaintenanceRequested requested(String id, String component, Instant start) {
    return new MaintenanceRequested(envelope(id, 1, ASKED), component, start, start.plus(Duration.ofMinutes(30)),
        "Atualização", true, false, null, List.of());
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
