package br.gov.es.prodest.npi007.notification.message.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One message's template as ASCOM wrote it: for titled messages the first line is the title and a
 * blank line separates it from the body; paragraphs are separated by blank lines. Facts are named
 * {@code {{component}}}; {@code {{#purpose}}...{{/purpose}}} keeps its text only when the fact is
 * known and {@code {{^purpose}}...{{/purpose}}} only when it is not.
 *
 * @param version short hash of the file's bytes, recorded on every message rendered from it
 */
public record Template(MessageTemplate message, String title, String body, String version) {

  static final Pattern SECTION = Pattern.compile("\\{\\{([#^])(\\w+)}}(.*?)\\{\\{/\\2}}", Pattern.DOTALL);
  static final Pattern VARIABLE = Pattern.compile("\\{\\{(\\w+)}}");
  private static final int VERSION_LENGTH = 12;

  /** Reads a template file's bytes (UTF-8); a template that names unknown facts is refused. */
  public static Template of(MessageTemplate message, byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8)
        .replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n').strip();
    String title = null;
    String body = text;
    if (message.titled()) {
      int end = text.indexOf("\n\n");
      if (end < 0) {
        throw new InvalidTemplateException(message, "falta a linha em branco entre o título e o corpo");
      }
      title = text.substring(0, end).strip();
      body = text.substring(end + 2).strip();
      if (title.contains("\n")) {
        throw new InvalidTemplateException(message, "o título deve ter uma só linha");
      }
    }
    if (body.isEmpty()) {
      throw new InvalidTemplateException(message, "o corpo da mensagem está vazio");
    }
    Template template = new Template(message, title, body, versionOf(content));
    template.checkPlaceholders(title);
    template.checkPlaceholders(body);
    return template;
  }

  private void checkPlaceholders(String text) {
    if (text == null) {
      return;
    }
    String rest = text;
    Matcher section;
    while ((section = SECTION.matcher(rest)).find()) {
      checkKnown(section.group(2));
      rest = rest.substring(0, section.start()) + section.group(3) + rest.substring(section.end());
    }
    Matcher variable = VARIABLE.matcher(rest);
    while (variable.find()) {
      checkKnown(variable.group(1));
    }
    if (VARIABLE.matcher(rest).replaceAll("").contains("{{")) {
      throw new InvalidTemplateException(message, "marcação {{ sem par ou seção não fechada");
    }
  }

  private void checkKnown(String key) {
    Placeholder placeholder = Placeholder.byKey(key)
        .orElseThrow(() -> new InvalidTemplateException(message, "campo desconhecido {{" + key + "}}"));
    if (!message.placeholders().contains(placeholder)) {
      throw new InvalidTemplateException(message, "o campo {{" + key + "}} não se aplica a esta mensagem");
    }
  }

  private static String versionOf(byte[] content) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
      return HexFormat.of().formatHex(hash).substring(0, VERSION_LENGTH);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
