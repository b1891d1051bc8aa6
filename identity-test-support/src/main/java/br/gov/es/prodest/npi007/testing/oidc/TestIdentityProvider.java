package br.gov.es.prodest.npi007.testing.oidc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID provider for the identity tests (issue 13): Spring Authorization Server, in this JVM,
 * on a free port of 127.0.0.1, with its own keys, its discovery document, JWKS, login form and token
 * endpoint. Each {@link Persona} is a user (password {@link #PASSWORD}) and a client of the
 * client-credentials grant whose tokens carry the persona's claims.
 */
public final class TestIdentityProvider implements AutoCloseable {

  public static final String PASSWORD = "senha-do-provedor";
  public static final String CONSOLE_CLIENT = "npi007-console";
  public static final String CONSOLE_SECRET = "segredo-do-console";

  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  private final ConfigurableApplicationContext context;
  private final String issuer;

  private TestIdentityProvider(ConfigurableApplicationContext context) {
    this.context = context;
    this.issuer = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  /** Starts a provider whose users and clients are these personas; the roles claim is {@code rolesClaim} (dotted: nested). */
  public static TestIdentityProvider start(String rolesClaim, List<Persona> personas) {
    ConfigurableApplicationContext context = new SpringApplicationBuilder(IdentityProviderServer.class)
        .initializers(app -> app.getBeanFactory().registerSingleton("personas", new Personas(rolesClaim, personas)))
        // its own configuration file name: the application under test's application.yml is not its business
        .run("--spring.config.name=test-identity-provider", "--server.port=0", "--server.address=127.0.0.1",
            "--spring.main.banner-mode=off", "--spring.application.name=test-identity-provider",
            // cookies ignore ports: the provider's session must not overwrite the application's on 127.0.0.1
            "--server.servlet.session.cookie.name=IDP_SESSION");
    return new TestIdentityProvider(context);
  }

  /** The provider wants each client's secret its own. */
  static String clientSecret(String persona) {
    return PASSWORD + "-" + persona;
  }

  public String issuer() {
    return issuer;
  }

  /** A token of the client-credentials grant for this persona, as its token endpoint issues it. */
  public String token(String persona) {
    String credentials = Base64.getEncoder().encodeToString((persona + ":" + clientSecret(persona)).getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Basic " + credentials)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
        .build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      Matcher token = ACCESS_TOKEN.matcher(response.body());
      if (response.statusCode() != 200 || !token.find()) {
        throw new IllegalStateException("token endpoint answered " + response.statusCode() + ": " + response.body());
      }
      return token.group(1);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    context.close();
  }

  /**
   * Who the provider knows.
   *
   * @param name    user name and client id; the tokens' {@code preferred_username}
   * @param subject the tokens' {@code sub}
   * @param roles   the roles claim's value (a list, a single string), or null for no roles claim
   * @param organ   the organ claim, or null
   * @param expired whether its tokens are issued already expired (minutes ago, beyond any clock skew)
   */
  public record Persona(String name, String subject, Object roles, String organ, boolean expired) {

    public static Persona of(String name, String subject, Object roles, String organ) {
      return new Persona(name, subject, roles, organ, false);
    }
  }

  record Personas(String rolesClaim, List<Persona> all) {

    Persona named(String name) {
      return all.stream().filter(persona -> persona.name().equals(name)).findFirst().orElse(null);
    }
  }
}
