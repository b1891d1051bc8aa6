package br.gov.es.prodest.npi007.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher around the real broker, with stand-ins for the four services' jars. */
class StandaloneStackTest {

  @TempDir
  Path tmp;

  @Test
  void startsTheServicesOnOurBrokerAndStopsThemOnClose() throws Exception {
    StandaloneSettings settings = settings();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream serviceOutput = new PrintStream(output, true, StandardCharsets.UTF_8);

    String bootstrapServers;
    String gatewayUrl;
    try (StandaloneStack stack = StandaloneStack.create(settings, serviceOutput).start()) {
      bootstrapServers = stack.bootstrapServers();
      gatewayUrl = stack.gatewayUrl();
      assertThat(stack.passwordGenerated()).isTrue();
      assertThat(stack.password()).hasSize(20);
      assertThat(stack.generated(GatewaySecret.WEBHOOK_TOKEN)).isTrue();
      assertThat(stack.secret(GatewaySecret.WEBHOOK_TOKEN)).hasSize(20).isNotEqualTo(stack.password());
      assertThat(stack.secret(GatewaySecret.SERVICE_DESK_SECRET)).hasSize(20)
          .isNotEqualTo(stack.secret(GatewaySecret.WEBHOOK_TOKEN));
      assertThat(health(stack.gatewayUrl())).isEqualTo(200);
      assertThat(Banner.text(stack, Duration.ofSeconds(20)))
          .contains("E-mails:           arquivos .eml em " + settings.dataDir().resolve("notification-service/mail"))
          .contains("WhatsApp:          manual: ASCOM publica pelo outbox")
          .contains("Console:           " + stack.gatewayUrl() + "/console")
          .contains("Página de status:  " + stack.gatewayUrl() + "/status");
      assertThatThrownBy(() -> StandaloneStack.create(settings, serviceOutput))
          .hasMessageContaining("já está em execução");
      for (String service : List.of("incident-service", "notification-service", "maintenance-service", "gateway")) {
        assertThat(threadNiceness(stack.pidOf(service).orElseThrow()))
            .as("every thread of the UP %s is 5 nice levels below the launcher", service)
            .containsOnly(niceness(Path.of("/proc/self/stat")) + 5);
      }
    }

    assertThat(output.toString(StandardCharsets.UTF_8))
        .contains("gateway              | started gateway with kafka " + bootstrapServers
            + " password true token true sa-secret true delivery-timeout PT7S")
        .as("a setting of ours that the stack does not set reaches every service (surefire sets it)")
        .contains("incident-service     | started incident-service with kafka "
            + bootstrapServers + " password false token false sa-secret false delivery-timeout PT7S");
    assertThatThrownBy(() -> health(gatewayUrl)).isInstanceOf(ConnectException.class);
    StandaloneStack.create(settings, serviceOutput).close(); // the data directory is free again
  }

  @Test
  void aServiceThatDiesOrHangsIsStartedAgain_oneThatKeepsDyingStaysDown_andTheRestKeepsRunning() throws Exception {
    Supervision quick = new Supervision(Duration.ofMillis(100), Duration.ofMillis(400), 2, Duration.ofMinutes(1),
        Duration.ofSeconds(2), Duration.ofMillis(100), Duration.ofMillis(200));
    PrintStream serviceOutput = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (StandaloneStack stack = StandaloneStack.create(settings(), serviceOutput).start()) {
      Thread supervisor = new Thread(() -> stack.supervise(quick), "supervisor-under-test");
      supervisor.start();

      long killed = stack.pidOf("incident-service").orElseThrow();
      ProcessHandle.of(killed).orElseThrow().destroyForcibly();
      long restarted = awaitNewPid(stack, "incident-service", killed);
      awaitUntil(() -> threadNiceness(restarted).equals(Set.of(niceness(Path.of("/proc/self/stat")) + 5)),
          "the restarted service drops its priority once UP");

      long hung = stack.pidOf("maintenance-service").orElseThrow();
      new ProcessBuilder("kill", "-STOP", Long.toString(hung)).start().waitFor();
      awaitNewPid(stack, "maintenance-service", hung);
      assertThat(ProcessHandle.of(hung).map(ProcessHandle::isAlive)).as("the hung JVM was killed").isNotEqualTo(Optional.of(true));

      for (int death = 0; death < 3; death++) {
        long pid = awaitPid(stack, "notification-service");
        ProcessHandle victim = ProcessHandle.of(pid).orElseThrow();
        victim.destroyForcibly();
        victim.onExit().get();
        if (death < 2) {
          awaitNewPid(stack, "notification-service", pid);
        }
      }
      Thread.sleep(1_000);
      assertThat(stack.pidOf("notification-service")).as("started twice in the window, then left down").isEmpty();
      assertThat(health(stack.gatewayUrl())).as("the rest keeps running").isEqualTo(200);
      assertThat(stack.pidOf("incident-service")).hasValue(restarted);

      stack.close();
      supervisor.join(5_000);
      assertThat(supervisor.isAlive()).as("supervision ends with the stack").isFalse();
    }
  }

  @Test
  void aServiceWaitingOutItsBackOffHoldsUpNoOtherService() throws Exception {
    Supervision slowRestarts = new Supervision(Duration.ofSeconds(60), Duration.ofSeconds(60), 5, Duration.ofMinutes(10),
        Duration.ofSeconds(2), Duration.ofMillis(100), Duration.ofMillis(200));
    PrintStream serviceOutput = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    try (StandaloneStack stack = StandaloneStack.create(settings(), serviceOutput).start()) {
      Thread supervisor = new Thread(() -> stack.supervise(slowRestarts), "supervisor-under-test");
      supervisor.start();

      ProcessHandle killed = ProcessHandle.of(stack.pidOf("incident-service").orElseThrow()).orElseThrow();
      killed.destroyForcibly();
      killed.onExit().get();
      ProcessHandle hung = ProcessHandle.of(stack.pidOf("maintenance-service").orElseThrow()).orElseThrow();
      new ProcessBuilder("kill", "-STOP", Long.toString(hung.pid())).start().waitFor();

      // the incident-service waits 60 s to start again; meanwhile the hung one is still found and killed
      hung.onExit().get(30, TimeUnit.SECONDS);
      assertThat(stack.pidOf("incident-service")).as("still in its back-off").isEmpty();

      stack.close();
      supervisor.join(5_000);
      assertThat(supervisor.isAlive()).isFalse();
    }
  }

  // the distinct nice values of a process's threads (Linux keeps one per thread)
  private static Set<Integer> threadNiceness(long pid) {
    try (var threads = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      return threads.map(thread -> niceness(thread.resolve("stat"))).filter(nice -> nice != Integer.MIN_VALUE)
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // field 19 of a /proc stat file; MIN_VALUE for a thread that ended meanwhile
  private static int niceness(Path stat) {
    try {
      String line = Files.readString(stat);
      return Integer.parseInt(line.substring(line.lastIndexOf(')') + 2).split(" ")[16]);
    } catch (IOException e) {
      return Integer.MIN_VALUE;
    }
  }

  private static void awaitUntil(BooleanSupplier condition, String what) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(what);
      }
      Thread.sleep(50);
    }
  }

  private static long awaitPid(StandaloneStack stack, String service) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      var pid = stack.pidOf(service);
      if (pid.isPresent()) {
        return pid.getAsLong();
      }
      Thread.sleep(50);
    }
    throw new AssertionError(service + " não voltou");
  }

  // the service is running again, under another process
  private static long awaitNewPid(StandaloneStack stack, String service, long old) throws Exception {
    Instant deadline = Instant.now().plusSeconds(30);
    while (Instant.now().isBefore(deadline)) {
      var pid = stack.pidOf(service);
      if (pid.isPresent() && pid.getAsLong() != old) {
        return pid.getAsLong();
      }
      Thread.sleep(50);
    }
    throw new AssertionError(service + " não foi reiniciado");
  }

  private StandaloneSettings settings() throws Exception {
    return new StandaloneSettings(tmp.resolve("data"), Ports.free(), Map.of(),
        FakeServiceJars.writeTo(tmp.resolve("services")), Duration.ofSeconds(60),
        Map.of("FAKE_VERSION", ServiceJars.version(), "NPI007_WHATSAPP_PROVIDER", "manual",
            "SPRING_MAIL_HOST", ""), null, List.of(), 5);
  }

  private static int health(String baseUrl) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health")).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
