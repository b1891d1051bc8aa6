package br.gov.es.prodest.npi007.gateway.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * The scraper's door to {@code /actuator/prometheus} (issue 13): a bearer token equal to
 * {@code NPI007_METRICS_TOKEN}. Any other bearer token is left to the identity provider's check, if any.
 */
final class MetricsToken implements AuthenticationProvider {

  static final String AUTHORITY = "METRICS_SCRAPE";
  private static final String SCRAPER = "metrics-scraper";

  private final byte[] expectedDigest;

  /** @param token the configured token; blank: no token opens the door (only ADMIN does) */
  MetricsToken(String token) {
    this.expectedDigest = token == null || token.isBlank() ? null : sha256(token);
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String presented = ((BearerTokenAuthenticationToken) authentication).getToken();
    // digests of equal length compared in constant time: neither the content nor the length leaks
    if (expectedDigest != null && MessageDigest.isEqual(expectedDigest, sha256(presented))) {
      return UsernamePasswordAuthenticationToken.authenticated(SCRAPER, null, List.of(new SimpleGrantedAuthority(AUTHORITY)));
    }
    return null;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
