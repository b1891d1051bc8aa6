package br.gov.es.prodest.npi007.gateway.security;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A bounded, expiring memory of the (stored hash, presented password) pairs BCrypt has already
 * accepted, so that a stateless client sending the same Basic credentials on every request pays
 * the deliberately slow hash check once per time-to-live, not once per request.
 *
 * <p>Pairs are remembered only as an HMAC-SHA256 under a key drawn at random for this process:
 * neither the password nor anything that could be checked offline against it stays in memory.
 * Only successes are remembered; a wrong password always meets the full hash check.
 */
public final class VerifiedCredentials {

  private static final String HMAC = "HmacSHA256";

  private final Map<String, Instant> expiryByDigest = new LinkedHashMap<>();
  private final SecretKeySpec key;
  private final Duration timeToLive;
  private final int maxEntries;
  private final Clock clock;

  VerifiedCredentials(Duration timeToLive, int maxEntries, Clock clock) {
    if (maxEntries < 1 || timeToLive.isNegative() || timeToLive.isZero()) {
      throw new IllegalArgumentException("npi007.security.verified-credentials: ttl e max-entries devem ser positivos");
    }
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, HMAC);
    this.timeToLive = timeToLive;
    this.maxEntries = maxEntries;
    this.clock = clock;
  }

  /** Whether this exact password was accepted for this exact stored hash within the time-to-live. */
  boolean contains(String encodedPassword, String rawPassword) {
    String digest = digest(encodedPassword, rawPassword);
    synchronized (this) {
      Instant now = clock.instant();
      forgetExpired(now);
      return expiryByDigest.containsKey(digest);
    }
  }

  /** Remembers a pair the password encoder has just accepted; the oldest pair goes when full. */
  void remember(String encodedPassword, String rawPassword) {
    String digest = digest(encodedPassword, rawPassword);
    synchronized (this) {
      Instant now = clock.instant();
      forgetExpired(now);
      expiryByDigest.remove(digest);
      if (expiryByDigest.size() >= maxEntries) {
        Iterator<String> oldest = expiryByDigest.keySet().iterator();
        oldest.next();
        oldest.remove();
      }
      expiryByDigest.put(digest, now.plus(timeToLive));
    }
  }

  /** How many pairs are remembered now (for tests and diagnostics). */
  public synchronized int size() {
    forgetExpired(clock.instant());
    return expiryByDigest.size();
  }

  /** Insertion order is expiry order (every entry lives as long), so expired entries are at the head. */
  private void forgetExpired(Instant now) {
    Iterator<Instant> oldestFirst = expiryByDigest.values().iterator();
    while (oldestFirst.hasNext() && !oldestFirst.next().isAfter(now)) {
      oldestFirst.remove();
    }
  }

  private String digest(String encodedPassword, String rawPassword) {
    byte[] encoded = encodedPassword.getBytes(StandardCharsets.UTF_8);
    byte[] raw = rawPassword.getBytes(StandardCharsets.UTF_8);
    try {
      // a fresh Mac per call: Mac is not thread-safe, and creating one costs microseconds
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      // length-prefixed, so that no two different pairs feed the same bytes
      mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(encoded.length).array());
      mac.update(encoded);
      return HexFormat.of().formatHex(mac.doFinal(raw));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 indisponível", e);
    }
  }
}
