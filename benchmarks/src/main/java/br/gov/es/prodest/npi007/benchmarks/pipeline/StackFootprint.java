package br.gov.es.prodest.npi007.benchmarks.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The memory of the running standalone stack, read from Linux's /proc: the process started by
 * {@code ./npi007 up} (its command line names {@code -Dnpi007.services.dir}) and every process
 * below it (the broker lives in it; the four services are its children).
 */
public final class StackFootprint {

  private static final Path PROC = Path.of("/proc");
  private static final String STANDALONE_MARK = "-Dnpi007.services.dir";

  private StackFootprint() {
  }

  /** Resident memory of the stack in bytes, and how many processes it counted; empty when no stack runs here. */
  public static Optional<Footprint> measure() {
    Map<Long, Long> parents = new HashMap<>();
    List<Long> roots = new ArrayList<>();
    for (long pid : pids()) {
      parentOf(pid).ifPresent(parent -> parents.put(pid, parent));
      if (commandLine(pid).contains(STANDALONE_MARK)) {
        roots.add(pid);
      }
    }
    if (roots.isEmpty()) {
      return Optional.empty();
    }
    long bytes = 0;
    int processes = 0;
    for (long pid : parents.keySet()) {
      if (descendsFrom(pid, roots, parents)) {
        bytes += residentBytes(pid);
        processes++;
      }
    }
    return Optional.of(new Footprint(bytes, processes));
  }

  /** What {@link #measure()} found. */
  public record Footprint(long residentBytes, int processes) {
    public String line() {
      return String.format("%.2f GiB em %d processos", residentBytes / (1024.0 * 1024 * 1024), processes);
    }
  }

  private static boolean descendsFrom(long pid, List<Long> roots, Map<Long, Long> parents) {
    Long current = pid;
    for (int depth = 0; current != null && depth < 64; depth++) {
      if (roots.contains(current)) {
        return true;
      }
      current = parents.get(current);
    }
    return false;
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

  /** The fourth field of /proc/pid/stat, after the command name in parentheses (which may hold blanks). */
  private static Optional<Long> parentOf(long pid) {
    String stat = read(PROC.resolve(pid + "/stat"));
    int end = stat.lastIndexOf(')');
    if (end < 0) {
      return Optional.empty();
    }
    String[] fields = stat.substring(end + 2).split(" ");
    return fields.length > 1 ? Optional.of(Long.parseLong(fields[1])) : Optional.empty();
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
