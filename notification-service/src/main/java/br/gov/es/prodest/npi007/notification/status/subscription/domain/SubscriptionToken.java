package br.gov.es.prodest.npi007.notification.status.subscription.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The links' credential, checked without state by the gateway:
 * {@code base64url(HMAC-SHA256(secret, purpose + "/" + subscriptionId))}.
 */
public final class SubscriptionToken {

  /** What a token allows. */
  public enum Purpose {
    CONFIRM("confirm"), UNSUBSCRIBE("unsubscribe");

    private final String word;

    Purpose(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  private SubscriptionToken() {
  }

  public static String of(String secret, Purpose purpose, String subscriptionId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] digest = mac.doFinal((purpose.word() + "/" + subscriptionId).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException missing) {
      throw new IllegalStateException("HmacSHA256 is not available", missing);
    }
  }

  /** Constant-time comparison, so a guess learns nothing from the time the answer takes. */
  public static boolean verify(String secret, Purpose purpose, String subscriptionId, String token) {
    return token != null && MessageDigest.isEqual(of(secret, purpose, subscriptionId).getBytes(StandardCharsets.UTF_8),
        token.getBytes(StandardCharsets.UTF_8));
  }
}
