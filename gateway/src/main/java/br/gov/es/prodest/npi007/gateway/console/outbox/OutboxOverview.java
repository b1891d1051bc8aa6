package br.gov.es.prodest.npi007.gateway.console.outbox;

import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.notification.NotificationQueries;
import br.gov.es.prodest.npi007.gateway.notification.NotificationView;
import br.gov.es.prodest.npi007.paging.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The outbox's two lists, from the same queries the API answers with: what waits for ASCOM's review,
 * and the latest of the others, most recent first.
 */
@Service
class OutboxOverview {

  /** What ASCOM has to review, oldest first: it has waited longest. */
  record Pending(List<OutboxMessage> messages, boolean more) {
  }

  static final int PENDING_SHOWN = 100;
  static final int RECENT_SHOWN = 30;
  static final int RECENT_PAGE = 100;
  /** Pages of the newest read at most: past them, the latest messages are nearly all waiting for review. */
  static final int RECENT_PAGES = 3;

  private final NotificationQueries queries;

  OutboxOverview(NotificationQueries queries) {
    this.queries = queries;
  }

  Pending pending() {
    Page<NotificationView> page = queries.list(OutboxStatus.PENDING_REVIEW, null, null, null,
        new PageRequest(PENDING_SHOWN, null));
    return new Pending(page.items().stream().map(OutboxMessage::of).toList(), page.next().isPresent());
  }

  /**
   * The latest messages not waiting for review, newest first: the first pages of the list newest
   * first, until {@value #RECENT_SHOWN} are found, so the read does not grow with the history.
   */
  List<OutboxMessage> recent() {
    List<OutboxMessage> latest = new ArrayList<>(RECENT_SHOWN);
    Optional<String> cursor = Optional.empty();
    for (int read = 0; read < RECENT_PAGES && latest.size() < RECENT_SHOWN; read++) {
      Page<NotificationView> page = queries.list(null, null, null, null, NotificationQueries.NEWEST,
          new PageRequest(RECENT_PAGE, cursor.orElse(null)));
      page.items().stream()
          .filter(view -> !OutboxStatus.PENDING_REVIEW.equals(view.status()))
          .limit(RECENT_SHOWN - latest.size())
          .forEach(view -> latest.add(OutboxMessage.of(view)));
      cursor = page.next();
      if (cursor.isEmpty()) {
        break;
      }
    }
    return List.copyOf(latest);
  }
}
