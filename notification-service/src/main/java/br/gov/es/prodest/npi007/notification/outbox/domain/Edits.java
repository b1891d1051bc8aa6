package br.gov.es.prodest.npi007.notification.outbox.domain;

import br.gov.es.prodest.npi007.aggregate.CommandRejected;
import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.message.domain.EmailHtml;
import br.gov.es.prodest.npi007.notification.message.domain.MessageRenderer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * ASCOM's edits checked against the channels' format rules and laid out as the renderer would:
 * an e-mail's HTML part is derived again from its edited text, escaped, so both parts say the same.
 */
final class Edits {

  private Edits() {
  }

  /** Why the edits cannot be applied to the notification, if they cannot. */
  static Optional<CommandRejected> refusal(List<TextEdit> edits, ExistingNotification notification) {
    Set<Channel> seen = EnumSet.noneOf(Channel.class);
    for (TextEdit edit : edits) {
      String channel = edit.channel() == null ? "?" : edit.channel().name().toLowerCase(Locale.ROOT);
      if (edit.channel() == null || !notification.texts().containsKey(edit.channel())) {
        return Optional.of(Rejections.invalidEdit("a mensagem não é enviada pelo canal " + channel));
      } else if (!seen.add(edit.channel())) {
        return Optional.of(Rejections.invalidEdit("o canal " + channel + " foi editado mais de uma vez"));
      } else if (edit.text() == null || edit.text().isBlank()) {
        return Optional.of(Rejections.invalidEdit("o texto do canal " + channel + " está em branco"));
      } else if (edit.channel() == Channel.WHATSAPP && edit.subject() != null) {
        return Optional.of(Rejections.invalidEdit("a mensagem de WhatsApp não tem assunto"));
      } else if (edit.subject() != null && edit.subject().isBlank()) {
        return Optional.of(Rejections.invalidEdit("o assunto do e-mail está em branco"));
      } else if (edit.channel() == Channel.WHATSAPP && edit.text().length() > MessageRenderer.WHATSAPP_MAX_LENGTH) {
        return Optional.of(Rejections.invalidEdit("o texto tem " + edit.text().length()
            + " caracteres, o WhatsApp aceita até " + MessageRenderer.WHATSAPP_MAX_LENGTH));
      }
    }
    return Optional.empty();
  }

  /** The edited text of each channel, complete: the e-mail keeps its subject unless edited, and gets its HTML. */
  static List<ChannelText> applied(List<TextEdit> edits, ExistingNotification notification) {
    List<ChannelText> texts = new ArrayList<>();
    for (TextEdit edit : edits) {
      if (edit.channel() == Channel.WHATSAPP) {
        texts.add(new ChannelText(Channel.WHATSAPP, null, edit.text(), null));
      } else {
        String subject = edit.subject() != null ? edit.subject().strip()
            : notification.texts().get(Channel.EMAIL).subject();
        // the recipients are the rendering's: ASCOM edits what is said, the catalogue says to whom
        texts.add(new ChannelText(Channel.EMAIL, subject, edit.text(), EmailHtml.ofText(subject, edit.text()),
            notification.texts().get(Channel.EMAIL).recipients()));
      }
    }
    return texts;
  }
}
