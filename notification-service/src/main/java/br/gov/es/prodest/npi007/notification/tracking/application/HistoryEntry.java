package br.gov.es.prodest.npi007.notification.tracking.application;

import br.gov.es.prodest.npi007.aggregate.Actor;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageEdited;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessagePostedManually;
import br.gov.es.prodest.npi007.notification.outbox.domain.MessageRendered;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationEvent;
import java.time.Instant;
import java.util.List;

/**
 * One event of a notification, as ASCOM's outbox shows it.
 *
 * @param type  the event's name, e.g. {@code MessageEdited}
 * @param texts the texts the event set (rendered or edited; so the original stays visible), else empty
 * @param note  ASCOM's note on a manual posting, else null
 */
public record HistoryEntry(long sequence, String type, Instant occurredAt, Actor actor, List<ChannelText> texts,
    String note) {

  public HistoryEntry {
    texts = List.copyOf(texts);
  }

  static HistoryEntry of(NotificationEvent event) {
    List<ChannelText> texts = event instanceof MessageRendered rendered ? rendered.texts()
        : event instanceof MessageEdited edited ? edited.texts() : List.of();
    String note = event instanceof MessagePostedManually posted ? posted.note() : null;
    return new HistoryEntry(event.envelope().sequence(), event.getClass().getSimpleName(),
        event.envelope().occurredAt(), event.envelope().actor(), texts, note);
  }
}
