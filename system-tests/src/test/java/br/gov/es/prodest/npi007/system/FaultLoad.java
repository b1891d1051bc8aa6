package br.gov.es.prodest.npi007.system;

import br.gov.es.prodest.npi007.schemas.IncidentPlacement;
import br.gov.es.prodest.npi007.schemas.MaintenancePlacement;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The steady load of the fault suite, as clients send it through the gateway: each command with an
 * {@code Idempotency-Key}, retried with the same key after a 5xx or a refused connection (as the
 * IETF draft intends) until it is answered 2xx (accepted) or 4xx (refused), or the client gives up.
 */
final class FaultLoad {

  /** Per the gateway (IdempotencyKeys): scope = user NUL key NUL operation; ids = nameUUID(scope NUL purpose). */
  static String derived(String user, String key, String operation, String purpose) {
    return nameUuid(user + '\u0000' + key + '\u0000' + operation + '\u0000' + purpose);
  }

  /** A reported incident's id, as the gateway places it: on its component's partition, from the key's seed. */
  static String incidentId(String user, String key, String component) {
    return IncidentPlacement.incidentId(derived(user, key, "report-incident", "aggregate"), component);
  }

  /** A requested maintenance's id, as the gateway places it: on its component's partition, from the key's seed. */
  static String maintenanceId(String user, String key, String component) {
    return MaintenancePlacement.maintenanceId(derived(user, key, "request-maintenance", "aggregate"), component);
  }

  static String nameUuid(String name) {
    return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
  }

  /** One command as sent: what it is, the ids it has (derived as the gateway does) and how it ended. */
  static final class Command {
    final String kind;
    final String user;
    final String path;
    final String body;
    final String key;
    final Map<String, String> headers;
    /** The ids of the command on the topics (one, or none for the notification probe). */
    final String commandId;
    final boolean refusalExpected;
    volatile int status;
    volatile int attempts;
    volatile String outcome = "NÃO ENVIADO";

    Command(String kind, String user, String path, String body, String key, Map<String, String> headers,
        String commandId, boolean refusalExpected) {
      this.kind = kind;
      this.user = user;
      this.path = path;
      this.body = body;
      this.key = key;
      this.headers = headers;
      this.commandId = commandId;
      this.refusalExpected = refusalExpected;
    }

    boolean accepted() {
      return outcome.equals("ACEITO");
    }

    boolean refused() {
      return outcome.equals("RECUSADO");
    }
  }

  private final String gatewayUrl;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  private final Duration giveUpAfter;
  private final AtomicLong nextSlot = new AtomicLong(System.nanoTime());
  private final long intervalNanos;
  final List<Command> sent = Collections.synchronizedList(new ArrayList<>());
  /** Every 5xx answer: status → count, and the problem codes seen. */
  final Map<Integer, AtomicInteger> serverErrors = new ConcurrentHashMap<>();
  final Map<String, AtomicInteger> problemCodes = new ConcurrentHashMap<>();
  final AtomicInteger connectionFailures = new AtomicInteger();
  final AtomicInteger retries = new AtomicInteger();
  final AtomicInteger nonProblem5xx = new AtomicInteger();

  FaultLoad(String gatewayUrl, double commandsPerSecond, Duration giveUpAfter) {
    this.gatewayUrl = gatewayUrl;
    this.intervalNanos = (long) (1_000_000_000L / commandsPerSecond);
    this.giveUpAfter = giveUpAfter;
  }

  /** Waits for this command's slot of the steady rate. */
  void pace() {
    long slot = nextSlot.getAndUpdate(previous -> Math.max(previous, System.nanoTime()) + intervalNanos);
    long wait = slot - System.nanoTime();
    if (wait > 0) {
      FaultStack.pause(Duration.ofNanos(wait));
    }
  }

  /** Sends the command until it is answered 2xx or 4xx; the answer's body, or null when given up. */
  String send(Command command) {
    sent.add(command);
    Instant deadline = Instant.now().plus(giveUpAfter);
    while (true) {
      command.attempts++;
      HttpResponse<String> response = null;
      try {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gatewayUrl + command.path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .POST(HttpRequest.BodyPublishers.ofString(command.body, StandardCharsets.UTF_8));
        if (command.user != null) {
          request.header("Authorization", RunningSystem.basic(command.user, RunningSystem.PASSWORD));
        }
        if (command.key != null) {
          request.header("Idempotency-Key", command.key);
        }
        command.headers.forEach(request::header);
        response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        connectionFailures.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (response != null) {
        command.status = response.statusCode();
        if (response.statusCode() < 300) {
          command.outcome = "ACEITO";
          return response.body();
        }
        if (response.statusCode() < 500) {
          command.outcome = "RECUSADO";
          return response.body();
        }
        serverErrors.computeIfAbsent(response.statusCode(), status -> new AtomicInteger()).incrementAndGet();
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
          nonProblem5xx.incrementAndGet();
        }
        problemCodes.computeIfAbsent(response.statusCode() + " " + code(response.body()),
            each -> new AtomicInteger()).incrementAndGet();
      }
      if (Instant.now().isAfter(deadline)) {
        command.outcome = "DESISTIU";
        return null;
      }
      retries.incrementAndGet();
      FaultStack.pause(Duration.ofSeconds(1));
    }
  }

  private static String code(String body) {
    java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\"code\"\\s*:\\s*\"([A-Z_]+)\"").matcher(body);
    return matcher.find() ? matcher.group(1) : "?";
  }

  static <T> T orNull(String body, Function<String, T> read) {
    return body == null ? null : read.apply(body);
  }
}
