package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The memory and CPU of the running standalone stack, read from Linux's /proc: the process started by
 * {@code ./npi007 up} (its command line names {@code -Dnpi007.services.dir}; the broker lives in it)
 * and every process below it (the four service JVMs). Several stacks may run on one machine, so only
 * the one whose environment serves the measured gateway port counts ({@code NPI007_GATEWAY_PORT},
 * 8080 when unset).
 */
public final class StackFootprint {

  private static final Path PROC = Path.of("/proc");
  private static final String STANDALONE_MARK = "-Dnpi007.services.dir";
  private static final String GATEWAY_PORT = "NPI007_GATEWAY_PORT=";
  private static final int DEFAULT_GATEWAY_PORT = 8080;

  private StackFootprint() {
  }

  /** What one look at /proc found. */
  public record Snapshot(long residentBytes, long cpuTicks, int processes) {
    public String memoryLine() {
      return String.format("%.2f GiB em %d processos", residentBytes / (1024.0 * 1024 * 1024), processes);
    }
  }

  /** The stack serving {@code gatewayPort}, now; empty when no such stack runs here as this user. */
  public static Optional<Snapshot> measure(int gatewayPort) {
    Map<Long, ProcStat> stats = new HashMap<>();
    List<Long> roots = new ArrayList<>();
    for (long pid : pids()) {
      ProcStat.parse(read(PROC.resolve(pid + "/stat"))).ifPresent(stat -> stats.put(pid, stat));
      if (commandLine(pid).contains(STANDALONE_MARK) && gatewayPortOf(pid) == gatewayPort) {
        roots.add(pid);
      }
    }
    if (roots.isEmpty()) {
      return Optional.empty();
    }
    long bytes = 0;
    long ticks = 0;
    int processes = 0;
    for (ProcStat stat : stats.values()) {
      if (descendsFrom(stat.pid(), roots, stats)) {
        bytes += residentBytes(stat.pid());
        ticks += stat.cpuTicks();
        processes++;
      }
    }
    return Optional.of(new Snapshot(bytes, ticks, processes));
  }

  /**
   * When the stack serving {@code gatewayPort} was started (its standalone process, from /proc and
   * the boot time in /proc/stat), to the clock tick; empty while no such stack runs here.
   */
  public static Optional<Instant> startedAt(int gatewayPort) {
    Optional<Long> bootSeconds = read(PROC.resolve("stat")).lines().filter(line -> line.startsWith("btime "))
        .map(line -> Long.parseLong(line.substring("btime ".length()).strip())).findFirst();
    if (bootSeconds.isEmpty()) {
      return Optional.empty();
    }
    long ticksPerSecond = clockTicksPerSecond();
    return pids().stream()
        .filter(pid -> commandLine(pid).contains(STANDALONE_MARK) && gatewayPortOf(pid) == gatewayPort)
        .map(pid -> ProcStat.startTicks(read(PROC.resolve(pid + "/stat"))))
        .filter(java.util.OptionalLong::isPresent)
        .map(ticks -> Instant.ofEpochSecond(bootSeconds.get()).plusMillis(ticks.getAsLong() * 1000 / ticksPerSecond))
        .min(Instant::compareTo);
  }

  /** Clock ticks per second of /proc's CPU figures: {@code getconf CLK_TCK}, or Linux's usual 100. */
  public static long clockTicksPerSecond() {
    try {
      Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
      String answer = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return getconf.waitFor() == 0 ? Long.parseLong(answer) : 100;
    } catch (IOException | NumberFormatException e) {
      return 100;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 100;
    }
  }

  private static boolean descendsFrom(long pid, List<Long> roots, Map<Long, ProcStat> stats) {
    Long current = pid;
    for (int depth = 0; current != null && depth < 64; depth++) {
      if (roots.contains(current)) {
        return true;
      }
      ProcStat stat = stats.get(current);
      current = stat == null ? null : stat.parentPid();
    }
    return false;
  }

  private static int gatewayPortOf(long pid) {
    for (String variable : read(PROC.resolve(pid + "/environ")).split("\0")) {
      if (variable.startsWith(GATEWAY_PORT)) {
        try {
          return Integer.parseInt(variable.substring(GATEWAY_PORT.length()).strip());
        } catch (NumberFormatException e) {
          return -1;
        }
      }
    }
    return DEFAULT_GATEWAY_PORT;
  }

  private static List<Long> pids() {
    try (Stream<Path> entries = Files.list(PROC)) {
      return entries.map(path -> path.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
          .map(Long::parseLong).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static String commandLine(long pid) {
    return read(PROC.resolve(pid + "/cmdline")).replace('\0', ' ');
  }

  private static long residentBytes(long pid) {
    return read(PROC.resolve(pid + "/status")).lines().filter(line -> line.startsWith("VmRSS:"))
        .map(line -> Long.parseLong(line.replaceAll("\\D", "")) * 1024).findFirst().orElse(0L);
  }

  private static String read(Path path) {
    try {
      return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    } catch (IOException | SecurityException e) {
      return "";
    }
  }
}
