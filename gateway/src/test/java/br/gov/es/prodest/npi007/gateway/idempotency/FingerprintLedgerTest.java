package br.gov.es.prodest.npi007.gateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FingerprintLedgerTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-10T12:00:00Z"));

  @Test
  void a_key_keeps_its_first_fingerprint_until_it_expires() {
    FingerprintLedger ledger = new FingerprintLedger(Duration.ofHours(24), 10, clock);

    assertThat(ledger.claim("k", "body-1")).isTrue();
    assertThat(ledger.claim("k", "body-1")).isTrue();
    assertThat(ledger.claim("k", "body-2")).isFalse();

    clock.advance(Duration.ofHours(24));
    assertThat(ledger.claim("k", "body-2")).isTrue();
  }

  @Test
  void the_oldest_keys_are_forgotten_past_the_bound() {
    FingerprintLedger ledger = new FingerprintLedger(Duration.ofHours(24), 2, clock);
    ledger.claim("first", "a");
    ledger.claim("second", "b");

    ledger.claim("third", "c");

    assertThat(ledger.size()).isEqualTo(2);
    assertThat(ledger.claim("first", "another")).isTrue();
    assertThat(ledger.claim("third", "another")).isFalse();
  }

  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
