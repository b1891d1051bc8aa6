package br.gov.es.prodest.npi007.delivery;

/**
 * The shape of a refusal's or an uncertainty's reason: one line, short enough for an event and for
 * ASCOM's screen, and never carrying a credential.
 */
public final class ReasonText {

  /** Longest quote of a provider's answer kept in a reason. */
  public static final int MAX_QUOTE = 300;

  private static final String MASK = "***";

  private ReasonText() {
  }

  /** The text on one line, whitespace collapsed, cut at {@link #MAX_QUOTE} characters. */
  public static String quote(String text) {
    if (text == null) {
      return "";
    }
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= MAX_QUOTE ? line : line.substring(0, MAX_QUOTE) + "…";
  }

  /** The text with every occurrence of the secret masked (a provider may echo what it was sent). */
  public static String withoutSecret(String text, String secret) {
    if (text == null || secret == null || secret.isBlank()) {
      return text;
    }
    return text.replace(secret, MASK);
  }

  /** The result with the secret masked in its reason. */
  public static DeliveryResult withoutSecret(DeliveryResult result, String secret) {
    if (result instanceof DeliveryResult.Refused refused) {
      return new DeliveryResult.Refused(withoutSecret(refused.reason(), secret), refused.retryable(),
          refused.retryAfter());
    }
    if (result instanceof DeliveryResult.Uncertain uncertain) {
      return new DeliveryResult.Uncertain(withoutSecret(uncertain.reason(), secret));
    }
    return result;
  }
}
