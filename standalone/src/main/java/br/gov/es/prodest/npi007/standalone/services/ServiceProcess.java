package br.gov.es.prodest.npi007.standalone.services;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One service running as a child JVM from its runnable jar, with its output prefixed by its name
 * and its readiness read from its actuator.
 */
public final class ServiceProcess {

  /**
   * Modest, since four JVMs and a broker share one machine. The heap starts small and gives back
   * what it no longer uses (the default initial heap, 1/64 of the machine's memory, was the whole
   * -Xmx here, and a young generation cycled through all of it stays resident). The services compile
   * with C1 only ({@code TieredStopAtLevel=1}, issue 16): C2 compiling the start-up's code was half
   * of a start's CPU (8 s of CPU to Spring's "Started" with it, 4 s without), which a restarted
   * service waits for, and up to the 160 reports/s two cores sustain, C2's faster code saved no CPU
   * per report (same-run bench in the README; its p99 is lower at 160/s). NPI007_SERVICE_JVM_OPTIONS
   * can bring C2 back. The broker, in the launcher's JVM, keeps C2.
   */
  private static final List<String> JVM_OPTIONS = List.of(
      "-Xms32m", "-Xmx384m", "-XX:MinHeapFreeRatio=15", "-XX:MaxHeapFreeRatio=40", "-XX:+UseSerialGC", "-Xss512k",
      "-XX:TieredStopAtLevel=1",
      "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8");

  private final String name;
  private final Process process;
  private final HealthProbe health;
  private final boolean training;

  private ServiceProcess(String name, Process process, HealthProbe health, boolean training) {
    this.name = name;
    this.process = process;
    this.health = health;
    this.training = training;
  }

  /**
   * Starts {@code java -jar <jar>} with the given environment on top of ours; {@code jvmOptions}
   * come after this class's own, so that an operator's option wins over ours.
   */
  public static ServiceProcess start(String name, Path jar, int port, Map<String, String> env,
      List<String> jvmOptions, PrintStream out) {
    ClassDataSharing.Launch launch = ClassDataSharing.prepare(jar);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JVM_OPTIONS);
    command.addAll(launch.jvmOptions());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(launch.jar().toString());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(env);
    try {
      Process process = builder.start();
      process.onExit().thenAccept(ended -> launch.ended(ended.exitValue()));
      PrefixedOutput.copy(process.getInputStream(), name, out);
      return new ServiceProcess(name, process, new HealthProbe(port), launch.training() != null);
    } catch (IOException e) {
      throw new UncheckedIOException("Não foi possível iniciar " + name + " (" + jar + ")", e);
    }
  }

  public String name() {
    return name;
  }

  public long pid() {
    return process.pid();
  }

  /** True when this run writes the service's class-data archive as it stops (which takes a few seconds more). */
  public boolean training() {
    return training;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public int exitCode() {
    return process.exitValue();
  }

  public boolean isHealthy() {
    return process.isAlive() && health.isUp();
  }

  /**
   * Lowers the service's CPU priority by {@code increment} nice levels ({@link CpuPriority}), once
   * it is UP; empty when done, else why not.
   */
  public Optional<String> lowerPriority(int increment) {
    return CpuPriority.lower(process.pid(), increment);
  }

  /** True while the service answers its health check at all, UP or not (a hung JVM does not). */
  public boolean answers() {
    return process.isAlive() && health.answers();
  }

  public CompletableFuture<ServiceProcess> onExit() {
    return process.onExit().thenApply(ignored -> this);
  }

  /** Asks the service to stop (SIGTERM), letting it shut down gracefully. */
  public void requestStop() {
    process.destroy();
  }

  /** Kills the service at once. */
  public void kill() {
    process.destroyForcibly();
  }

  /** Waits up to {@code grace} for the service to stop, then kills it. */
  public void awaitStop(Duration grace) throws InterruptedException {
    if (!process.waitFor(Math.max(0, grace.toMillis()), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
  }
}
