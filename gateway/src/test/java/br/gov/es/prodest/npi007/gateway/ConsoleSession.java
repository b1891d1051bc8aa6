package br.gov.es.prodest.npi007.gateway;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at the console, as a browser without JavaScript would be: a cookie jar (the session),
 * the sign-in form, and forms posted with the page's CSRF token. Redirects are not followed, so a
 * test sees where each answer leads.
 */
final class ConsoleSession {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern CSRF_META = Pattern.compile("name=\"csrf-token\" content=\"([^\"]+)\"");

  record Page(int status, String location, String body, HttpHeaders headers) {
  }

  private final int port;
  private final HttpClient http;

  ConsoleSession(int port) {
    this.port = port;
    this.http = HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
  }

  /** Signs in through the form; the answer is the redirect that follows (to the console, or back with ?erro). */
  Page signIn(String user, String password) {
    String token = csrfOf(get("/login").body());
    return post("/login", Map.of("username", user, "password", password, "_csrf", token));
  }

  Page get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** Posts a form taken from {@code page}, with that page's CSRF token added. */
  Page submit(String page, String action, Map<String, String> fields) {
    Map<String, String> form = new LinkedHashMap<>(fields);
    form.put("_csrf", csrfOf(get(page).body()));
    return post(action, form);
  }

  /** Posts exactly these fields (a test of CSRF leaves the token out). */
  Page post(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  static String csrfOf(String html) {
    Matcher field = CSRF_FIELD.matcher(html);
    if (field.find()) {
      return field.group(1);
    }
    Matcher meta = CSRF_META.matcher(html);
    if (meta.find()) {
      return meta.group(1);
    }
    throw new AssertionError("página sem token CSRF:\n" + html);
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body(),
          response.headers());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
