package br.gov.es.prodest.npi007.paging;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Where an item stands in a list ordered by an instant, then by its id (e.g. incidents by report
 * time, maintenances by window start): the key such a list is sorted and paged by.
 */
public record TimedPosition(Instant at, String id) {

  /** Earliest first; {@code .reversed()} for newest first. */
  public static final Comparator<TimedPosition> EARLIEST_FIRST =
      Comparator.comparing(TimedPosition::at).thenComparing(TimedPosition::id);

  /** The cursor of this position in the list {@code list}. */
  public String cursor(String list) {
    return PageCursor.encode(list, List.of(at.toString(), id));
  }

  /** The position a cursor of the list {@code list} names; another list's cursor is refused. */
  public static TimedPosition fromCursor(String list, String cursor) {
    List<String> key = PageCursor.decode(list, cursor, 2);
    return new TimedPosition(PageCursor.parse(key.get(0), Instant::parse), key.get(1));
  }
}
