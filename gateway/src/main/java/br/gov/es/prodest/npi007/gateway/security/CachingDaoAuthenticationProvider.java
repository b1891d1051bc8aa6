package br.gov.es.prodest.npi007.gateway.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring's user-name/password check, with the hash comparison of a pair already accepted skipped.
 * The user is still loaded on every request (roles and organ come from the live catalogue), and an
 * unknown user still costs the dummy hash check that hides which names exist. The cache sits here
 * rather than around the PasswordEncoder so that the dummy check is never cached: a cached dummy
 * would answer unknown users fast for its password and so tell them apart from known ones.
 */
final class CachingDaoAuthenticationProvider extends DaoAuthenticationProvider {

  private final VerifiedCredentials verified;

  CachingDaoAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, VerifiedCredentials verified) {
    super(users);
    setPasswordEncoder(encoder);
    this.verified = verified;
  }

  @Override
  protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken authentication) {
    Object credentials = authentication.getCredentials();
    String presented = credentials == null ? null : credentials.toString();
    String stored = user.getPassword();
    if (presented != null && stored != null && verified.contains(stored, presented)) {
      return;
    }
    super.additionalAuthenticationChecks(user, authentication); // throws on a wrong password
    if (presented != null && stored != null) {
      verified.remember(stored, presented);
    }
  }
}
