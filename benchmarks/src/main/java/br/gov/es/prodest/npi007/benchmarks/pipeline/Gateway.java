package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

/**
 * The gateway's public API as the drivers use it: one HTTP/1.1 client, asynchronous, with the
 * standalone users' Basic credentials (every user shares {@code NPI007_STANDALONE_PASSWORD}). The
 * callers bound how many requests are in flight; the client only carries them.
 */
public final class Gateway implements AutoCloseable {

  private final ExecutorService responses = Executors.newFixedThreadPool(2, daemon("benchmark-http"));
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).executor(responses).build();
  private final URI base;
  private final String password;
  private final Duration timeout;

  public Gateway(URI base, String password, Duration timeout) {
    this.base = base;
    this.password = password;
    this.timeout = timeout;
  }

  /**
   * Sends one request as {@code user}; the answer is the whole response, whatever its status.
   *
   * @param jsonBody       the JSON body of a POST or PUT; null for a GET
   * @param idempotencyKey the {@code Idempotency-Key} header, or null for none
   */
  public CompletableFuture<HttpResponse<String>> send(String user, String method, String pathAndQuery,
      String jsonBody, String idempotencyKey) {
    return http.sendAsync(request(user, method, pathAndQuery, jsonBody, idempotencyKey),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A GET, waiting for its answer. */
  public HttpResponse<String> get(String user, String pathAndQuery) throws IOException, InterruptedException {
    return http.send(request(user, "GET", pathAndQuery, null, null), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest request(String user, String method, String pathAndQuery, String jsonBody, String idempotencyKey) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(timeout)
        .header("Authorization", basic(user, password))
        .header("Accept", "application/json, application/problem+json");
    if (idempotencyKey != null) {
      request.header("Idempotency-Key", idempotencyKey);
    }
    if (jsonBody == null) {
      return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
    }
    return request.header("Content-Type", "application/json")
        .method(method, HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8)).build();
  }

  @Override
  public void close() {
    responses.shutdownNow();
  }

  public static ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
