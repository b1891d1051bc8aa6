package br.gov.es.prodest.npi007.gateway.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * How the doors take the identity provider's users (issue 13): bearer tokens on the API and the metrics
 * door, the authorization code flow with PKCE on the console. The role matrix stays SecurityConfiguration's.
 */
final class IdentityDoors {

  private IdentityDoors() {
  }

  /**
   * Bearer tokens: the ones the providers given accept, tried in order.
   *
   * @param decoder the identity provider's tokens, or null when none is configured
   */
  static void bearerTokens(HttpSecurity http, AuthenticationEntryPoint entryPoint, JwtDecoder decoder,
      IdentityClaims claims, AuthenticationProvider... firstTried) throws Exception {
    List<AuthenticationProvider> providers = new ArrayList<>(List.of(firstTried));
    if (decoder != null) {
      JwtAuthenticationProvider tokens = new JwtAuthenticationProvider(decoder);
      tokens.setJwtAuthenticationConverter(new TokenUsers(claims));
      providers.add(tokens);
    }
    AuthenticationManager manager = new ProviderManager(providers);
    http.oauth2ResourceServer(server -> server
        .authenticationManagerResolver(request -> manager)
        .authenticationEntryPoint(entryPoint));
  }

  /** People sign in at the provider; a failure comes back to the sign-in page, which then offers to try again. */
  static void consoleSignIn(HttpSecurity http, ClientRegistrationRepository clients, IdentityClaims claims)
      throws Exception {
    OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(clients);
    // OIDC RP-Initiated Logout: leaving the console ends the provider's session too, on a shared desk
    signedOut.setPostLogoutRedirectUri("{baseUrl}" + ConsolePaths.LOGIN + "?saiu&oidc");
    signedOut.setDefaultTargetUrl(ConsolePaths.LOGIN + "?saiu&oidc");
    http
        .oauth2Login(login -> login
            .clientRegistrationRepository(clients)
            .loginPage(ConsolePaths.OIDC_AUTHORIZATION)
            .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new ConsoleOidcUsers(claims)))
            .defaultSuccessUrl(ConsolePaths.CONSOLE, false)
            .failureUrl(ConsolePaths.LOGIN + "?erro&oidc"))
        .logout(logout -> logout.logoutUrl(ConsolePaths.LOGOUT).logoutSuccessHandler(signedOut));
  }
}
