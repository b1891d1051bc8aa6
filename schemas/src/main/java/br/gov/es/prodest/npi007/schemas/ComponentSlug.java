package br.gov.es.prodest.npi007.schemas;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The slug a component's name reduces to: accents dropped, lower case, every run of other characters
 * a single hyphen ("Sistema e-Docs" → {@code sistema-e-docs}, "Portal do Servidor (SEGER)" →
 * {@code portal-do-servidor-seger}). Reports name their component as people write it; the component
 * catalogue and the public status page meet them on this slug.
 */
public final class ComponentSlug {

  /** A slug as the catalogue accepts it: 1 to 64 of a-z, 0-9 and single inner hyphens. */
  public static final Pattern VALID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  public static final int MAX_LENGTH = 64;

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

  private ComponentSlug() {
  }

  /** The slug of a component's name; empty when the name has no letter or digit at all. */
  public static Optional<String> of(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String slug = SEPARATORS.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = trimHyphens(slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH) : slug);
    return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
  }

  public static boolean isValid(String slug) {
    return slug != null && slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
  }

  private static String trimHyphens(String slug) {
    int start = 0;
    int end = slug.length();
    while (start < end && slug.charAt(start) == '-') {
      start++;
    }
    while (end > start && slug.charAt(end - 1) == '-') {
      end--;
    }
    return slug.substring(start, end);
  }
}
