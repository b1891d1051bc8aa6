package br.gov.es.prodest.npi007.gateway.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded, expiring memory of key → request fingerprint, in the order keys were first seen.
 * Only this instance's memory: the ids derived from the key are what make retries safe across
 * restarts and instances; this ledger only catches a key reused for a different request.
 */
final class FingerprintLedger {

  private record Entry(String fingerprint, Instant expiresAt) {
  }

  private final Map<String, Entry> entries = new LinkedHashMap<>();
  private final Duration retention;
  private final int maxEntries;
  private final Clock clock;

  FingerprintLedger(Duration retention, int maxEntries, Clock clock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("npi007.idempotency.max-entries deve ser positivo");
    }
    this.retention = retention;
    this.maxEntries = maxEntries;
    this.clock = clock;
  }

  /** Records the fingerprint of a key seen for the first time; false when the key was seen with another. */
  synchronized boolean claim(String scopedKey, String fingerprint) {
    Instant now = clock.instant();
    forgetExpired(now);
    Entry known = entries.get(scopedKey);
    if (known != null) {
      return known.fingerprint().equals(fingerprint);
    }
    if (entries.size() >= maxEntries) {
      Iterator<String> oldest = entries.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    entries.put(scopedKey, new Entry(fingerprint, now.plus(retention)));
    return true;
  }

  synchronized int size() {
    return entries.size();
  }

  private void forgetExpired(Instant now) {
    Iterator<Entry> oldestFirst = entries.values().iterator();
    while (oldestFirst.hasNext() && !oldestFirst.next().expiresAt().isAfter(now)) {
      oldestFirst.remove();
    }
  }
}
