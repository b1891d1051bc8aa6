package br.gov.es.prodest.npi007.incident.grouppost.domain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * How an SA number is written in a post of the group (issue 14): regular expressions, each with a
 * group named {@code sa} that captures the number. A post that {@linkplain GroupPost#reply() replies}
 * to another may also be the bare number (the answer to 6.1's "informe o número da SA"). The defaults
 * read "SA 123456", "SA nº 123456", "SA n° 123456", "SA: 2026/123456", "SA-123456" and, in a reply,
 * "123456"; they never read "SAMU 192", "casa 12345" or a phone number.
 */
public final class SaNumberPatterns {

  private static final String NUMBER = "(?<sa>\\d{4}/\\d{3,10}|\\d{4,12})(?![\\d/])";

  /** Anywhere in the text: "SA" as a word, an optional "nº"/"n°"/"no."/"número", an optional ":", "#" or "-". */
  public static final String WRITTEN = "(?i)(?<![\\p{L}\\d])SA\\s*(?:(?:n[º°o]?\\.?|número|numero)\\s*)?[:#-]?\\s*"
      + NUMBER;
  /** A reply that is the number alone. */
  public static final String BARE_REPLY = "^\\s*" + NUMBER + "\\s*\\.?\\s*$";
  public static final List<String> DEFAULTS = List.of(WRITTEN);

  private final List<Pattern> patterns;
  private final Pattern bareReply;

  private SaNumberPatterns(List<Pattern> patterns, Pattern bareReply) {
    this.patterns = patterns;
    this.bareReply = bareReply;
  }

  /**
   * @param expressions the setting's expressions (NPI007_GROUP_SA_PATTERNS), each with a group {@code sa}
   * @throws IllegalArgumentException for an expression that does not compile or names no group {@code sa}
   */
  public static SaNumberPatterns of(List<String> expressions) {
    if (expressions == null || expressions.isEmpty()) {
      throw new IllegalArgumentException("informe ao menos um padrão de número de SA");
    }
    List<Pattern> compiled = expressions.stream().map(SaNumberPatterns::compile).toList();
    return new SaNumberPatterns(compiled, Pattern.compile(BARE_REPLY));
  }

  public static SaNumberPatterns defaults() {
    return of(DEFAULTS);
  }

  /** The SA number the post carries, if it carries one; the first expression that matches wins. */
  public Optional<String> find(GroupPost post) {
    String text = post.text();
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    for (Pattern pattern : patterns) {
      Matcher matcher = pattern.matcher(text);
      if (matcher.find()) {
        return Optional.of(matcher.group("sa"));
      }
    }
    if (post.reply()) {
      Matcher matcher = bareReply.matcher(text);
      if (matcher.find()) {
        return Optional.of(matcher.group("sa"));
      }
    }
    return Optional.empty();
  }

  private static Pattern compile(String expression) {
    try {
      Pattern pattern = Pattern.compile(expression);
      if (!expression.contains("(?<sa>")) {
        throw new IllegalArgumentException("o padrão de número de SA " + expression + " não tem o grupo (?<sa>...)");
      }
      return pattern;
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("padrão de número de SA inválido: " + expression + " (" + e.getDescription()
          + ")", e);
    }
  }
}
