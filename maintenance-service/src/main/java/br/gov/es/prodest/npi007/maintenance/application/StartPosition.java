package br.gov.es.prodest.npi007.maintenance.application;

import br.gov.es.prodest.npi007.paging.PageCursor;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Where a maintenance stands in the register's order: its window's start, then its id. The key its
 * lists are sorted and paged by; a reschedule moves it.
 */
record StartPosition(Instant start, String id) {

  static final Comparator<StartPosition> SOONEST_FIRST =
      Comparator.comparing(StartPosition::start).thenComparing(StartPosition::id);

  static StartPosition of(MaintenanceView view) {
    return new StartPosition(view.start(), view.id());
  }

  /** The cursor, in the list named for its direction: a cursor of the other direction is refused. */
  String cursor(String list) {
    return PageCursor.encode(list, List.of(start.toString(), id));
  }

  static StartPosition fromCursor(String list, String cursor) {
    List<String> key = PageCursor.decode(list, cursor, 2);
    return new StartPosition(PageCursor.parse(key.get(0), Instant::parse), key.get(1));
  }
}
