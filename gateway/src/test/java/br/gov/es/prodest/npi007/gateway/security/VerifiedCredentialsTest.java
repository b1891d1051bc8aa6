package br.gov.es.prodest.npi007.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedCredentialsTest {

  private static final PasswordEncoder BCRYPT = PasswordEncoderFactories.createDelegatingPasswordEncoder();
  private static final String HASH = BCRYPT.encode("senha-certa");

  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-10T12:00:00Z"));
  private final VerifiedCredentials verified = new VerifiedCredentials(Duration.ofMinutes(10), 100, clock);

  @Test
  void a_remembered_pair_is_a_hit_and_any_other_a_miss() {
    verified.remember(HASH, "senha-certa");

    assertThat(verified.contains(HASH, "senha-certa")).isTrue();
    assertThat(verified.contains(HASH, "outra-senha")).isFalse();
    assertThat(verified.contains("{bcrypt}$2a$10$outrohash", "senha-certa")).isFalse();
  }

  @Test
  void a_pair_expires_after_its_time_to_live() {
    verified.remember(HASH, "senha-certa");

    clock.advance(Duration.ofMinutes(10).minusSeconds(1));
    assertThat(verified.contains(HASH, "senha-certa")).isTrue();

    clock.advance(Duration.ofSeconds(1));
    assertThat(verified.contains(HASH, "senha-certa")).isFalse();
    assertThat(verified.size()).isZero();
  }

  @Test
  void the_oldest_pairs_are_forgotten_past_the_bound() {
    VerifiedCredentials small = new VerifiedCredentials(Duration.ofMinutes(10), 2, clock);
    small.remember(HASH, "primeira");
    small.remember(HASH, "segunda");

    small.remember(HASH, "terceira");

    assertThat(small.size()).isEqualTo(2);
    assertThat(small.contains(HASH, "primeira")).isFalse();
    assertThat(small.contains(HASH, "segunda")).isTrue();
    assertThat(small.contains(HASH, "terceira")).isTrue();
  }

  @Test
  void the_provider_never_remembers_a_wrong_password_and_still_rejects_it_after_a_right_one() {
    CachingDaoAuthenticationProvider provider = provider(() -> "TEAM");

    assertThatThrownBy(() -> provider.authenticate(login("errada"))).isInstanceOf(BadCredentialsException.class);
    assertThat(verified.size()).isZero();

    assertThat(provider.authenticate(login("senha-certa")).isAuthenticated()).isTrue();
    assertThat(verified.size()).isEqualTo(1);
    assertThat(provider.authenticate(login("senha-certa")).isAuthenticated()).isTrue();

    assertThatThrownBy(() -> provider.authenticate(login("errada"))).isInstanceOf(BadCredentialsException.class);
    assertThat(verified.size()).isEqualTo(1);
  }

  @Test
  void the_user_is_looked_up_on_every_request_so_a_changed_role_applies_at_once() {
    AtomicReference<String> role = new AtomicReference<>("NOTIFIER");
    CachingDaoAuthenticationProvider provider = provider(role::get);
    provider.authenticate(login("senha-certa"));

    role.set("TEAM");
    Authentication second = provider.authenticate(login("senha-certa"));

    assertThat(verified.contains(HASH, "senha-certa")).isTrue();
    assertThat(second.getAuthorities()).extracting(GrantedAuthority::getAuthority).contains("ROLE_TEAM")
        .doesNotContain("ROLE_NOTIFIER");
  }

  @Test
  void a_changed_stored_hash_needs_a_new_check() {
    verified.remember(HASH, "senha-certa");
    String newHash = BCRYPT.encode("senha-nova");

    assertThat(verified.contains(newHash, "senha-certa")).isFalse();
    assertThat(verified.contains(newHash, "senha-nova")).isFalse();
  }

  private CachingDaoAuthenticationProvider provider(java.util.function.Supplier<String> role) {
    UserDetailsService users = name -> User.withUsername(name).password(HASH)
        .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + role.get()))).build();
    return new CachingDaoAuthenticationProvider(users, BCRYPT, verified);
  }

  private static UsernamePasswordAuthenticationToken login(String password) {
    return UsernamePasswordAuthenticationToken.unauthenticated("team", password);
  }

  private static final class MutableClock extends Clock {
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
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}
