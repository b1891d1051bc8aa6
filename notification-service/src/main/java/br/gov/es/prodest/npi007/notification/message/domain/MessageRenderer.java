package br.gov.es.prodest.npi007.notification.message.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/** Fills a template with the facts and lays the message out for each of its channels. */
public final class MessageRenderer {

  /** WhatsApp refuses longer text messages. */
  public static final int WHATSAPP_MAX_LENGTH = 4096;

  private MessageRenderer() {
  }

  /** The message on the channels of the default e-mail replication, its e-mail to no one yet. */
  public static RenderedMessage render(Template template, MessageFacts facts) {
    return render(template, facts, EmailReplication.DEFAULT.channelsOf(template.message()), List.of());
  }

  /**
   * The message on each of the channels, its e-mail (if any) to the recipients.
   *
   * @param recipients e-mail addresses, sorted and distinct
   */
  public static RenderedMessage render(Template template, MessageFacts facts, Set<Channel> channels,
      List<String> recipients) {
    MessageTemplate message = template.message();
    Map<Placeholder, String> values = facts.values();
    String title = template.title() == null ? null : fill(message, template.title(), values);
    String body = fill(message, template.body(), values);
    List<ChannelText> texts = new ArrayList<>();
    for (Channel channel : Channel.values()) {
      if (channels.contains(channel)) {
        texts.add(channel == Channel.WHATSAPP ? whatsApp(message, title, body) : email(title, body).to(recipients));
      }
    }
    return new RenderedMessage(message, template.version(), title, texts);
  }

  private static ChannelText whatsApp(MessageTemplate message, String title, String body) {
    String text = title == null ? body : "*" + title + "*\n\n" + body;
    if (text.length() > WHATSAPP_MAX_LENGTH) {
      throw new RenderingException(message,
          "o texto tem " + text.length() + " caracteres, o WhatsApp aceita até " + WHATSAPP_MAX_LENGTH);
    }
    return new ChannelText(Channel.WHATSAPP, null, text, null);
  }

  private static ChannelText email(String title, String body) {
    String text = title == null ? body : title + "\n\n" + body;
    return new ChannelText(Channel.EMAIL, title, text, EmailHtml.of(title, body));
  }

  private static String fill(MessageTemplate message, String text, Map<Placeholder, String> values) {
    Matcher section = Template.SECTION.matcher(text);
    StringBuilder sectioned = new StringBuilder();
    while (section.find()) {
      boolean known = values.containsKey(key(section.group(2)));
      boolean kept = section.group(1).equals("#") == known;
      section.appendReplacement(sectioned, Matcher.quoteReplacement(kept ? section.group(3) : ""));
    }
    section.appendTail(sectioned);
    Matcher variable = Template.VARIABLE.matcher(sectioned);
    StringBuilder filled = new StringBuilder();
    while (variable.find()) {
      Placeholder placeholder = key(variable.group(1));
      String value = values.get(placeholder);
      if (value == null) {
        throw new RenderingException(message, "falta o dado " + placeholder.key());
      }
      variable.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    variable.appendTail(filled);
    // a paragraph that was only an absent fact's section leaves no empty paragraph behind
    return filled.toString().replaceAll("\n{3,}", "\n\n");
  }

  private static Placeholder key(String key) {
    return Placeholder.byKey(key).orElseThrow(() -> new IllegalStateException("unchecked placeholder " + key));
  }
}
