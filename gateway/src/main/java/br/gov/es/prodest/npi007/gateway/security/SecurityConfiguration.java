package br.gov.es.prodest.npi007.gateway.security;

import static br.gov.es.prodest.npi007.gateway.security.GatewayRole.ADMIN;
import static br.gov.es.prodest.npi007.gateway.security.GatewayRole.ASCOM;
import static br.gov.es.prodest.npi007.gateway.security.GatewayRole.INTEGRATION;
import static br.gov.es.prodest.npi007.gateway.security.GatewayRole.MANAGEMENT;
import static br.gov.es.prodest.npi007.gateway.security.GatewayRole.NOTIFIER;
import static br.gov.es.prodest.npi007.gateway.security.GatewayRole.TEAM;

import br.gov.es.prodest.npi007.gateway.organ.OrganCatalogue;
import br.gov.es.prodest.npi007.gateway.unit.UnitCatalogue;
import br.gov.es.prodest.npi007.gateway.problem.ProblemDocuments;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call what (PRODUCT.md, "Who uses it" and "Security"). Stateless HTTP Basic with the
 * standalone users, or, with {@code NPI007_OIDC_ISSUER_URI} (issue 13), the identity provider's bearer
 * tokens on the API and its sign-in on the console; the same matrix either way. 401 and 403 are
 * problem documents.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

  /**
   * The webhooks are machine doors with credentials of their own (an HMAC signature, a bearer
   * token), checked by their handlers against the raw request; HTTP Basic plays no part there.
   */
  @Bean
  @Order(1)
  SecurityFilterChain webhooks(HttpSecurity http) throws Exception {
    http
        .securityMatcher("/webhooks/**")
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
    return http.build();
  }

  /**
   * The console (issue 12): people sign in with the standalone users through the standard form
   * ({@code username}, {@code password}, {@code _csrf}), or at the identity provider (issue 13), and keep
   * a session; every form and every htmx request carries the CSRF token; pages allow no inline script.
   */
  @Bean
  @Order(2)
  SecurityFilterChain console(HttpSecurity http, UserDetailsService users, PasswordEncoder encoder, OidcSettings oidc,
      ObjectProvider<ClientRegistrationRepository> clients) throws Exception {
    http
        .securityMatcher(ConsolePaths.CONSOLE + "/**", ConsolePaths.CONSOLE, ConsolePaths.LOGIN, ConsolePaths.LOGOUT,
            ConsolePaths.OIDC_AUTHORIZATION, ConsolePaths.OIDC_CALLBACK)
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(ConsolePaths.CONTENT_SECURITY_POLICY)))
        .exceptionHandling(handling -> handling.accessDeniedHandler(new ConsoleAccessDeniedHandler()));
    if (oidc.enabled()) {
      IdentityDoors.consoleSignIn(http, clients.getObject(), IdentityClaims.of(oidc));
    } else {
      http
          .authenticationManager(new ProviderManager(daoProvider(users, encoder)))
          .formLogin(form -> form
              .loginPage(ConsolePaths.LOGIN)
              .defaultSuccessUrl(ConsolePaths.CONSOLE, false)
              .failureUrl(ConsolePaths.LOGIN + "?erro")
              .permitAll())
          .logout(logout -> logout.logoutUrl(ConsolePaths.LOGOUT).logoutSuccessUrl(ConsolePaths.LOGIN + "?saiu"));
    }
    http
        // the same matrix as the API's, page by page: a form does what its endpoint does, for the same roles
        .authorizeHttpRequests(requests -> requests
            .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
            // the sign-in page (with the provider, where a refused sign-in lands, without sending it back there)
            .requestMatchers(HttpMethod.GET, ConsolePaths.LOGIN).permitAll()
            // NPI-007 5.2.2: ASCOM's outbox
            .requestMatchers(console("/outbox", "/outbox/**")).hasAnyRole(names(ASCOM, ADMIN))
            // the platform operators' catalogues
            .requestMatchers(console("/admin/**")).hasRole(ADMIN.name())
            // the WhatsApp group's feed (issue 14)
            .requestMatchers(console("/group", "/group/**")).hasAnyRole(names(TEAM, ASCOM, ADMIN))
            // NPI-007 3.1: an organ's own page, and its report form
            .requestMatchers(console("/organ", "/organ/**")).hasRole(NOTIFIER.name())
            // NPI-007 5.2.1.1: whoever reports posts the SA number (a notifier on its own organ's incidents only)
            .requestMatchers(HttpMethod.POST, console("/incidents/*/service-request"))
                .hasAnyRole(names(NOTIFIER, TEAM, ASCOM, ADMIN))
            // NPI-007 5.2.2: the technical teams analyse and restore
            .requestMatchers(HttpMethod.POST, console("/incidents/*/triage", "/incidents/*/restoration",
                "/incidents/*/assignment"))
                .hasAnyRole(names(TEAM, ADMIN))
            // NPI-007 5.2.3: the management's own statements
            .requestMatchers(HttpMethod.POST, console("/incidents/*/statements")).hasRole(MANAGEMENT.name())
            // NPI-007 5.2.1.3: the technical teams schedule, move, cancel and complete maintenances
            .requestMatchers(HttpMethod.POST, console("/maintenances", "/maintenances/**")).hasAnyRole(names(TEAM, ADMIN))
            // a notifier sees its own organ's incident page (checked by the query); the board, calendar,
            // audit and compliance are PRODEST's
            .requestMatchers(HttpMethod.GET, console("/incidents/*")).hasAnyRole(names(NOTIFIER, TEAM, ASCOM, MANAGEMENT, ADMIN))
            .requestMatchers(console("/incidents", "/incidents/**", "/maintenances", "/maintenances/**",
                "/compliance", "/compliance/**")).hasAnyRole(names(TEAM, ASCOM, MANAGEMENT, ADMIN))
            .anyRequest().hasAnyRole(names(NOTIFIER, TEAM, ASCOM, MANAGEMENT, ADMIN)));
    return http.build();
  }

  /**
   * What anyone may read without signing in: the public status page, its feeds and summary, and the
   * pages' static files. Forms there (the e-mail subscription) carry a CSRF token too.
   */
  @Bean
  @Order(3)
  SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
    http
        .securityMatcher(ConsolePaths.STATUS, ConsolePaths.STATUS + "/**", "/api/v1/status", "/webjars/**",
            ConsolePaths.ASSETS + "/**", "/favicon.ico")
        .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(ConsolePaths.CONTENT_SECURITY_POLICY)))
        .requestCache(AbstractHttpConfigurer::disable)
        // RFC 8058: a mail client's one-click unsubscribe POST carries only the link's token (the credential)
        .csrf(csrf -> csrf.ignoringRequestMatchers(
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, ConsolePaths.UNSUBSCRIBE)))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
    return http.build();
  }

  /**
   * The gateway's Prometheus text (issue 13): for ADMIN (a standalone user or a token of the identity
   * provider), or for a scraper holding {@code NPI007_METRICS_TOKEN} as its bearer token.
   */
  @Bean
  @Order(4)
  SecurityFilterChain metrics(HttpSecurity http, ProblemDocuments documents, UserDetailsService users,
      PasswordEncoder encoder, VerifiedCredentials verified, OidcSettings oidc, ObjectProvider<JwtDecoder> decoders,
      @Value("${npi007.security.metrics-token:}") String metricsToken) throws Exception {
    http.securityMatcher(METRICS);
    ProblemAuthenticationEntryPoint entryPoint = statelessDoor(http, documents, users, encoder, verified, oidc);
    IdentityDoors.bearerTokens(http, entryPoint, oidc.enabled() ? decoders.getObject() : null, IdentityClaims.of(oidc),
        new MetricsToken(metricsToken));
    http.authorizeHttpRequests(requests -> requests
        .anyRequest().hasAnyAuthority(ADMIN.authority(), MetricsToken.AUTHORITY));
    return http.build();
  }

  @Bean
  @Order(5)
  SecurityFilterChain api(HttpSecurity http, ProblemDocuments documents, UserDetailsService users,
      PasswordEncoder encoder, VerifiedCredentials verified, OidcSettings oidc, ObjectProvider<JwtDecoder> decoders)
      throws Exception {
    ProblemAuthenticationEntryPoint entryPoint = statelessDoor(http, documents, users, encoder, verified, oidc);
    if (oidc.enabled()) {
      IdentityDoors.bearerTokens(http, entryPoint, decoders.getObject(), IdentityClaims.of(oidc));
    }
    http
        .authorizeHttpRequests(requests -> requests
            // the ASYNC dispatch writes the answer of a request already authorized (a command's future)
            .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**").permitAll()
            // NPI-007 3.1-3.3: notifiers, PRODEST's teams, ASCOM, integrations and admins report; managers do not
            .requestMatchers(HttpMethod.POST, "/api/v1/incidents")
                .hasAnyRole(names(NOTIFIER, TEAM, ASCOM, INTEGRATION, ADMIN))
            // NPI-007 5.2.1.1: whoever reports posts the SA number (a notifier on its own organ's incidents only)
            .requestMatchers(HttpMethod.POST, "/api/v1/incidents/*/service-request")
                .hasAnyRole(names(NOTIFIER, TEAM, ASCOM, INTEGRATION, ADMIN))
            // NPI-007 5.2.2: the technical teams analyse, restore and schedule the maintenance; and they say
            // which unit handles the incident (section 4, issue 15)
            .requestMatchers(HttpMethod.POST, "/api/v1/incidents/*/triage", "/api/v1/incidents/*/restoration",
                "/api/v1/incidents/*/maintenance", "/api/v1/incidents/*/assignment")
                .hasAnyRole(names(TEAM, ADMIN))
            // NPI-007 5.2.1.3: the technical teams schedule, move, cancel and complete maintenances
            .requestMatchers(HttpMethod.POST, "/api/v1/maintenances", "/api/v1/maintenances/*/reschedule",
                "/api/v1/maintenances/*/cancel", "/api/v1/maintenances/*/completion")
                .hasAnyRole(names(TEAM, ADMIN))
            // NPI-007 5.2.3: the management's own statements
            .requestMatchers(HttpMethod.POST, "/api/v1/incidents/*/statements").hasRole(MANAGEMENT.name())
            // NPI-007 5.2.2: ASCOM reviews, approves and posts the messages
            .requestMatchers(HttpMethod.POST, "/api/v1/notifications/*/approval", "/api/v1/notifications/*/posted")
                .hasAnyRole(names(ASCOM, ADMIN))
            .requestMatchers("/api/v1/notifications", "/api/v1/notifications/**")
                .hasAnyRole(names(ASCOM, TEAM, ADMIN, MANAGEMENT))
            // the compliance view: a notifier sees its own organ's incident (checked by the handler), not the list
            .requestMatchers(HttpMethod.GET, "/api/v1/incidents/*/compliance")
                .hasAnyRole(names(NOTIFIER, TEAM, ASCOM, MANAGEMENT, ADMIN))
            .requestMatchers("/api/v1/compliance", "/api/v1/compliance/**")
                .hasAnyRole(names(TEAM, ASCOM, MANAGEMENT, ADMIN))
            // the catalogue of organs and their recipients is the platform operators'
            .requestMatchers(HttpMethod.PUT, "/api/v1/organs/*").hasRole(ADMIN.name())
            // and the catalogue of functional units (issue 15)
            .requestMatchers(HttpMethod.PUT, "/api/v1/units/*").hasRole(ADMIN.name())
            // so is the catalogue of components the public status page shows (issue 12); reading it is anyone's
            .requestMatchers(HttpMethod.PUT, "/api/v1/components/*").hasRole(ADMIN.name())
            // the WhatsApp group's feed (issue 14): the team and ASCOM turn posts into reports or dismiss them
            .requestMatchers("/api/v1/group-posts", "/api/v1/group-posts/**").hasAnyRole(names(TEAM, ASCOM, ADMIN))
            // the WhatsApp group's members: phone numbers are personal data (LGPD), ADMIN's alone, reading included
            .requestMatchers("/api/v1/group-members", "/api/v1/group-members/**").hasRole(ADMIN.name())
            .anyRequest().authenticated());
    return http.build();
  }

  /**
   * A machine door: no session, no CSRF, problem documents; HTTP Basic with the standalone users, or,
   * with the identity provider, nothing but its bearer tokens (added by the caller).
   */
  private static ProblemAuthenticationEntryPoint statelessDoor(HttpSecurity http, ProblemDocuments documents,
      UserDetailsService users, PasswordEncoder encoder, VerifiedCredentials verified, OidcSettings oidc) throws Exception {
    ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(documents,
        List.of(oidc.enabled() ? ProblemAuthenticationEntryPoint.BEARER : ProblemAuthenticationEntryPoint.BASIC));
    http
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(AbstractHttpConfigurer::disable)
        .exceptionHandling(handling -> handling
            .authenticationEntryPoint(entryPoint)
            .accessDeniedHandler(new ProblemAccessDeniedHandler(documents)));
    if (!oidc.enabled()) {
      http
          // BCrypt on every request of a stateless Basic client cost tens of milliseconds of CPU each
          // (issue 10): an accepted pair is trusted for a while
          .authenticationManager(new ProviderManager(new CachingDaoAuthenticationProvider(users, encoder, verified)))
          .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint));
    }
    return entryPoint;
  }

  /** A person signs in once per session, so the console checks the password itself, without the API's cache. */
  private static DaoAuthenticationProvider daoProvider(UserDetailsService users, PasswordEncoder encoder) {
    DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
    provider.setPasswordEncoder(encoder);
    return provider;
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  @Bean
  VerifiedCredentials verifiedCredentials(VerifiedCredentialsProperties properties, Clock clock) {
    return new VerifiedCredentials(properties.ttl(), properties.maxEntries(), clock);
  }

  @Bean
  UserDetailsService standaloneUsers(OrganCatalogue organs, UnitCatalogue units, PasswordEncoder encoder,
      @Value("${npi007.standalone.password:}") String configuredPassword) {
    String password = StandalonePassword.resolve(configuredPassword, System.out);
    return new StandaloneUsers(organs, units, encoder.encode(password));
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new CurrentUserArgumentResolver());
  }

  /** Exposed by the metrics configuration; guarded here, with every other door. */
  private static final String METRICS = "/actuator/prometheus";

  private static String[] console(String... paths) {
    return Arrays.stream(paths).map(path -> ConsolePaths.CONSOLE + path).toArray(String[]::new);
  }

  private static String[] names(GatewayRole... roles) {
    return Arrays.stream(roles).map(GatewayRole::name).toArray(String[]::new);
  }
}
