package br.gov.es.prodest.npi007.incident.application;

import br.gov.es.prodest.npi007.paging.PageCursor;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/** Where an incident stands in the register's order, newest report first; the key its lists are paged by. */
record ReportPosition(Instant reportedAt, String id) {

  static final Comparator<ReportPosition> NEWEST_FIRST =
      Comparator.comparing(ReportPosition::reportedAt).thenComparing(ReportPosition::id).reversed();

  static ReportPosition of(IncidentView view) {
    return new ReportPosition(view.reportedAt(), view.id());
  }

  String cursor(String list) {
    return PageCursor.encode(list, List.of(reportedAt.toString(), id));
  }

  static ReportPosition fromCursor(String list, String cursor) {
    List<String> key = PageCursor.decode(list, cursor, 2);
    return new ReportPosition(PageCursor.parse(key.get(0), Instant::parse), key.get(1));
  }
}
