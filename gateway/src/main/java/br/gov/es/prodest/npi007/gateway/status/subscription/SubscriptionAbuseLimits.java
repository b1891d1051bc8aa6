package br.gov.es.prodest.npi007.gateway.status.subscription;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How often a stranger may ask for subscriptions: per client address at most 5 requests in 10
 * minutes, per e-mail address at most 3 a day (so nobody floods an inbox with confirmation mails).
 * The addresses are kept only as hashes. The client address is the connection's: behind a reverse
 * proxy that is the proxy's, unless the container is told to trust its forwarding headers.
 */
public class SubscriptionAbuseLimits {

  static final int PER_CLIENT = 5;
  static final Duration CLIENT_WINDOW = Duration.ofMinutes(10);
  static final int PER_EMAIL = 3;
  static final Duration EMAIL_WINDOW = Duration.ofDays(1);
  private static final int MAX_KEYS = 10_000;

  private final SubscriptionLimits clients;
  private final SubscriptionLimits emails;

  public SubscriptionAbuseLimits(Clock clock) {
    this.clients = new SubscriptionLimits(PER_CLIENT, CLIENT_WINDOW, MAX_KEYS, clock);
    this.emails = new SubscriptionLimits(PER_EMAIL, EMAIL_WINDOW, MAX_KEYS, clock);
  }

  boolean clientAllowed(String clientAddress) {
    return clients.tryAcquire(String.valueOf(clientAddress));
  }

  boolean emailAllowed(String email) {
    return emails.tryAcquire(hash(email.toLowerCase(Locale.ROOT)));
  }

  /** Forgets every count (tests start from none). */
  public void clear() {
    clients.clear();
    emails.clear();
  }

  private static String hash(String value) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
