package br.gov.es.prodest.npi007.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.Test;

class PagingTest {

  @Test
  void a_cursor_is_url_safe_text_that_gives_its_key_back() {
    String cursor = PageCursor.encode("incidents", List.of("2025-03-10T13:00:00Z", "inc-1 ção"));

    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    assertThat(PageCursor.decode("incidents", cursor, 2)).containsExactly("2025-03-10T13:00:00Z", "inc-1 ção");
  }

  @Test
  void a_malformed_or_foreign_cursor_is_refused_with_its_code() {
    String incidents = PageCursor.encode("incidents", List.of("a", "b"));

    for (String bad : List.of("!!", "abc", incidents + "A", incidents.substring(0, incidents.length() - 2))) {
      assertThatThrownBy(() -> PageCursor.decode("incidents", bad, 2)).isInstanceOfSatisfying(
          InvalidPageRequest.class, refused -> assertThat(refused.code()).isEqualTo("INVALID_CURSOR"));
    }
    assertThatThrownBy(() -> PageCursor.decode("notifications", incidents, 2))
        .isInstanceOf(InvalidPageRequest.class);
    assertThatThrownBy(() -> PageCursor.decode("incidents", incidents, 3)).isInstanceOf(InvalidPageRequest.class);
  }

  @Test
  void the_limit_defaults_to_50_and_stays_between_1_and_500() {
    assertThat(PageRequest.of(null, null).limit()).isEqualTo(50);
    assertThat(PageRequest.of("", " ").cursor()).isNull();
    assertThat(PageRequest.of("500", "x").limit()).isEqualTo(500);
    for (String bad : List.of("0", "501", "-1", "abc", "1.5", "99999999999")) {
      assertThatThrownBy(() -> PageRequest.of(bad, null)).isInstanceOfSatisfying(InvalidPageRequest.class,
          refused -> assertThat(refused.code()).isEqualTo("INVALID_LIMIT"));
    }
  }

  @Test
  void pages_walk_a_sorted_set_from_the_key_of_the_last_item_and_the_last_page_has_no_cursor() {
    ConcurrentSkipListSet<Integer> numbers = new ConcurrentSkipListSet<>(List.of(1, 2, 3, 4, 5, 6, 7));

    Page<Integer> first = page(numbers, null);
    numbers.addAll(List.of(-1, 11)); // one before the cursor, one after: neither shifts the next page
    Page<Integer> second = page(numbers, first.nextCursor());
    Page<Integer> last = page(numbers, second.nextCursor());

    assertThat(first.items()).containsExactly(1, 3);
    assertThat(second.items()).containsExactly(5, 7);
    assertThat(last.items()).containsExactly(11);
    assertThat(last.next()).isEmpty();
  }

  /** Odd numbers, two a page. */
  private static Page<Integer> page(ConcurrentSkipListSet<Integer> numbers, String cursor) {
    var after = cursor == null ? numbers
        : numbers.tailSet(Integer.valueOf(PageCursor.decode("odd", cursor, 1).get(0)), false);
    return Page.collect(after.iterator(), n -> n % 2 != 0 ? Optional.of(n) : Optional.empty(), 2,
        n -> PageCursor.encode("odd", List.of(n.toString())));
  }
}
