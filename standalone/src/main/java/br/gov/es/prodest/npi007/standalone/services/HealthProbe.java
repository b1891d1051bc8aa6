package br.gov.es.prodest.npi007.standalone.services;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

/** Asks a Spring Boot service's actuator whether it is UP. */
final class HealthProbe {

  private static final Pattern UP = Pattern.compile("\"status\"\\s*:\\s*\"UP\"");
  private static final HttpClient CLIENT = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(1))
      .build();

  private final HttpRequest request;

  HealthProbe(int port) {
    this.request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
        .timeout(Duration.ofSeconds(2))
        .GET()
        .build();
  }

  /** True when the service answers at all (whatever its status): a JVM that is stopped or hung does not. */
  boolean answers() {
    return ask().isPresent();
  }

  /** True when the service answers 200 with status UP; any failure to answer means not yet. */
  boolean isUp() {
    return ask().filter(response -> response.statusCode() == 200 && UP.matcher(response.body()).find()).isPresent();
  }

  private Optional<HttpResponse<String>> ask() {
    try {
      return Optional.of(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}
