package br.gov.es.prodest.npi007.notification.message.domain;

import java.util.List;
import java.util.Optional;

/** One of the norm's messages, rendered for each of its channels from one template version. */
public record RenderedMessage(MessageTemplate message, String templateVersion, String title, List<ChannelText> texts) {

  public RenderedMessage {
    texts = List.copyOf(texts);
  }

  public Optional<ChannelText> on(Channel channel) {
    return texts.stream().filter(text -> text.channel() == channel).findFirst();
  }
}
