package br.gov.es.prodest.npi007.notification.message;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.notification.message.domain.Channel;
import br.gov.es.prodest.npi007.notification.message.domain.ChannelText;
import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import br.gov.es.prodest.npi007.notification.message.domain.RenderedMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One message's expected rendition, word for word, from {@code golden/<id>.txt}: its title line
 * ({@code === TITLE}, absent when it has none) and its text on each channel, in order
 * ({@code === WHATSAPP}, {@code === EMAIL}); {@code #} lines before the first section say the example.
 * The incident messages' example is the one of the constants below; the integration tests' examples
 * are the same texts with other facts ({@link #text(Channel, String...)}).
 */
public record GoldenMessage(String title, Map<Channel, String> texts) {

  /** The component of the incident messages' golden example. */
  public static final String COMPONENT = "SIGEFES – Sistema Integrado de Gestão das Finanças Públicas";
  /** The impact of its 6.3 and 6.6. */
  public static final String IMPACT = "acesso, emissão de empenhos e consultas de saldo";
  /** The organ its 6.6 names. */
  public static final String ORGAN = "Secretaria de Estado da Saúde – SESA";
  /** Its event's time, 2025-03-15T02:30:00Z, as the messages print it (Brasília). */
  public static final Instant OCCURRED_AT = Instant.parse("2025-03-15T02:30:00Z");
  /** {@link #OCCURRED_AT} as printed. */
  public static final String DATE_TIME = "14/03/2025 23:30";

  public static GoldenMessage of(MessageTemplate message) {
    String file = "/golden/" + message.id() + ".txt";
    try (InputStream in = GoldenMessage.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("no golden file " + file);
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static GoldenMessage parse(String content) {
    Map<String, List<String>> sections = new LinkedHashMap<>();
    List<String> current = null;
    for (String line : content.split("\n", -1)) {
      if (line.startsWith("=== ")) {
        current = new ArrayList<>();
        sections.put(line.substring(4), current);
      } else if (current != null) {
        current.add(line);
      }
    }
    Map<String, String> texts = new LinkedHashMap<>();
    sections.forEach((name, lines) -> texts.put(name, String.join("\n", lines)));
    // the file ends with a newline; the texts do not
    texts.replaceAll((name, text) -> text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
    Map<Channel, String> channels = new LinkedHashMap<>();
    texts.forEach((name, text) -> {
      if (!name.equals("TITLE")) {
        channels.put(Channel.valueOf(name), text);
      }
    });
    return new GoldenMessage(texts.get("TITLE"), channels);
  }

  /**
   * The text on the channel, with the example's facts replaced by another example's: pairs of
   * (golden fact, other fact), each of which must occur in the text.
   */
  public String text(Channel channel, String... replacements) {
    String text = texts.get(channel);
    for (int i = 0; i < replacements.length; i += 2) {
      if (!text.contains(replacements[i])) {
        throw new IllegalArgumentException("the golden text does not say " + replacements[i]);
      }
      text = text.replace(replacements[i], replacements[i + 1]);
    }
    return text;
  }

  /** The rendition is this one: same title, same channels in the same order, same texts; the e-mail's subject is the title. */
  public void assertRendered(RenderedMessage rendered) {
    assertThat(rendered.title()).isEqualTo(title);
    assertThat(rendered.texts()).extracting(ChannelText::channel).containsExactlyElementsOf(texts.keySet());
    texts.forEach((channel, text) -> assertThat(rendered.on(channel).orElseThrow().text()).as(channel.name())
        .isEqualTo(text));
    rendered.on(Channel.EMAIL).ifPresent(email -> assertThat(email.subject()).isEqualTo(title));
  }
}
