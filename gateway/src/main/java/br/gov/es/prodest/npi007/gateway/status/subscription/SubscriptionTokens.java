package br.gov.es.prodest.npi007.gateway.status.subscription;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The links' credentials (CONTRACTS.md, e-mail subscriptions):
 * {@code base64url(HMAC-SHA256(secret, purpose + "/" + subscriptionId))}, the same secret in the
 * gateway and the notification-service, so a link is verified without any stored state.
 */
public final class SubscriptionTokens {

  /** What a token allows; its name is the purpose in the MAC's input. */
  public enum Purpose {
    CONFIRM("confirm"), UNSUBSCRIBE("unsubscribe");

    private final String value;

    Purpose(String value) {
      this.value = value;
    }
  }

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;

  /** @param secret not empty (the feature is off without one) */
  public SubscriptionTokens(String secret) {
    if (secret == null || secret.isEmpty()) {
      throw new IllegalArgumentException("subscription secret is empty");
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  public String token(Purpose purpose, String subscriptionId) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(purpose, subscriptionId));
  }

  /** Constant-time, so that the answer's timing tells nothing about how much of a forged token was right. */
  public boolean verify(Purpose purpose, String subscriptionId, String token) {
    if (token == null || subscriptionId == null) {
      return false;
    }
    byte[] given;
    try {
      given = Base64.getUrlDecoder().decode(stripPadding(token));
    } catch (IllegalArgumentException notBase64url) {
      return false;
    }
    return MessageDigest.isEqual(mac(purpose, subscriptionId), given);
  }

  /** A mail client may keep the padding the contract leaves out; the bytes are what count. */
  private static String stripPadding(String token) {
    int end = token.length();
    while (end > 0 && token.charAt(end - 1) == '=') {
      end--;
    }
    return token.substring(0, end);
  }

  private byte[] mac(Purpose purpose, String subscriptionId) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return mac.doFinal((purpose.value + "/" + subscriptionId).getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
