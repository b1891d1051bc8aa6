package br.gov.es.prodest.npi007.testing.oidc;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The provider's Spring configuration: the protocol endpoints, a login form, the personas' claims. Only
 * the web server and security are auto-configured: the rest of the classpath (Kafka, actuator, the
 * gateway's pages) is the application under test's, and would only slow the provider's start.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
    WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
    SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
class IdentityProviderServer {

  @Bean
  @Order(1)
  SecurityFilterChain protocolEndpoints(HttpSecurity http) throws Exception {
    http
        .oauth2AuthorizationServer(server -> {
          http.securityMatcher(server.getEndpointsMatcher());
          server.oidc(Customizer.withDefaults());
        })
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        // a browser at the authorization endpoint signs in on the form first
        .exceptionHandling(handling -> handling.defaultAuthenticationEntryPointFor(
            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
    http
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .formLogin(Customizer.withDefaults());
    return http.build();
  }

  @Bean
  UserDetailsService users(TestIdentityProvider.Personas personas) {
    return new InMemoryUserDetailsManager(personas.all().stream()
        .map(persona -> User.withUsername(persona.name()).password("{noop}" + TestIdentityProvider.PASSWORD)
            .roles("USER").build())
        .toList());
  }

  @Bean
  RegisteredClientRepository clients(TestIdentityProvider.Personas personas) {
    List<RegisteredClient> clients = new ArrayList<>();
    clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
        .clientId(TestIdentityProvider.CONSOLE_CLIENT)
        .clientSecret("{noop}" + TestIdentityProvider.CONSOLE_SECRET)
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
        // a loopback redirect matches on any port (RFC 8252 7.3): the gateway's port is chosen at random
        .redirectUri("http://127.0.0.1/login/oauth2/code/npi007")
        .postLogoutRedirectUri("http://127.0.0.1/login?saiu&oidc")
        .scope(OidcScopes.OPENID)
        .scope(OidcScopes.PROFILE)
        .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
        .build());
    personas.all().forEach(persona -> clients.add(RegisteredClient.withId(UUID.randomUUID().toString())
        .clientId(persona.name())
        .clientSecret("{noop}" + TestIdentityProvider.clientSecret(persona.name()))
        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
        .build()));
    return new InMemoryRegisteredClientRepository(clients);
  }

  @Bean
  JWKSource<SecurityContext> keys() throws Exception {
    RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
    return new ImmutableJWKSet<>(new JWKSet(key));
  }

  /** The user info endpoint takes the provider's own access tokens. */
  @Bean
  JwtDecoder ownTokens(JWKSource<SecurityContext> keys) {
    return NimbusJwtDecoder.withJwkSource(keys).build();
  }

  @Bean
  AuthorizationServerSettings authorizationServerSettings() {
    return AuthorizationServerSettings.builder().build();
  }

  /** Access tokens and ID tokens carry the persona's claims, as Keycloak's mappers would put them. */
  @Bean
  OAuth2TokenCustomizer<JwtEncodingContext> personaClaims(TestIdentityProvider.Personas personas) {
    return context -> {
      TestIdentityProvider.Persona persona = personas.named(context.getPrincipal().getName());
      if (persona == null) {
        return;
      }
      context.getClaims().subject(persona.subject()).claim("preferred_username", persona.name());
      if (persona.roles() != null) {
        putNested(context, personas.rolesClaim(), persona.roles());
      }
      if (persona.organ() != null) {
        context.getClaims().claim("organ", persona.organ());
      }
      if (persona.expired()) {
        Instant issued = Instant.now().minus(20, ChronoUnit.MINUTES);
        context.getClaims().issuedAt(issued).notBefore(issued).expiresAt(issued.plus(5, ChronoUnit.MINUTES));
      }
    };
  }

  private static void putNested(JwtEncodingContext context, String path, Object value) {
    String[] steps = path.split("\\.");
    Object nested = value;
    for (int i = steps.length - 1; i > 0; i--) {
      nested = Map.of(steps[i], nested);
    }
    context.getClaims().claim(steps[0], nested);
  }
}
