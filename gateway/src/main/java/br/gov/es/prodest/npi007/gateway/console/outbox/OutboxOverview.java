package br.gov.es.prodest.npi007.gateway.console.outbox;

import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.notification.NotificationQueries;
import br.gov.es.prodest.npi007.gateway.notification.NotificationView;
import br.gov.es.prodest.npi007.paging.Page;
import java.util.ArrayDeque;
import java.util.Deque;
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
  private static final int WALK_PAGE = PageRequest.MAX_LIMIT;
  private static final int WALK_PAGES = 20;

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
   * The latest messages not waiting for review, newest first. The internal list is in rendering
   * order only, so the pages are walked (a bounded number of them) keeping just the last few.
   */
  List<OutboxMessage> recent() {
    Deque<NotificationView> latest = new ArrayDeque<>(RECENT_SHOWN + 1);
    Optional<String> cursor = Optional.empty();
    for (int walked = 0; walked < WALK_PAGES; walked++) {
      Page<NotificationView> page = queries.list(null, null, null, null, new PageRequest(WALK_PAGE, cursor.orElse(null)));
      for (NotificationView view : page.items()) {
        if (!OutboxStatus.PENDING_REVIEW.equals(view.status())) {
          latest.addFirst(view);
          if (latest.size() > RECENT_SHOWN) {
            latest.removeLast();
          }
        }
      }
      cursor = page.next();
      if (cursor.isEmpty()) {
        break;
      }
    }
    return latest.stream().map(OutboxMessage::of).toList();
  }
}
