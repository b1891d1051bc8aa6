package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.aggregate.Envelope;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import java.util.List;

/** ASCOM edited the message before approving it: the new text of each channel it changed. */
public record MessageEdited(Envelope envelope, List<ChannelText> texts) implements NotificationEvent {

  public MessageEdited {
    texts = List.copyOf(texts);
  }
}
