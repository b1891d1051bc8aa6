package br.gov.es.prodest.npi007.standalone.services;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The CPU priority (nice value) of a service's JVM, set with {@code renice(1)} (issue 16).
 *
 * <p>A service starts at the launcher's priority and is lowered by {@code increment} once it is UP.
 * So a service that starts again after a crash runs above the ones that are serving, and gets the
 * CPU its start needs on a loaded machine. Measured on two cores under 8 commands/s, a restarted
 * JVM otherwise took about twice its idle start time: every running service's threads shared the
 * CPU with its few start-up threads. Kubernetes' "startup CPU boost" works the same way.
 *
 * <p>Linux keeps a nice value per thread, and {@code renice -p} of a process id changes only its
 * first thread. So every thread under {@code /proc/<pid>/task} is changed, in two passes: a thread
 * started meanwhile by one not yet changed is caught by the second. Threads started later inherit
 * the value of the thread that starts them. Without {@code /proc}, the process id alone is passed.
 */
final class CpuPriority {

  private static final long RENICE_TIMEOUT_SECONDS = 5;

  private CpuPriority() {
  }

  /**
   * Sets every thread of {@code pid} to this process's nice value plus {@code increment} (at most
   * 19). Empty when done (or when {@code increment} is 0), else why not.
   */
  static Optional<String> lower(long pid, int increment) {
    if (increment <= 0) {
      return Optional.empty();
    }
    int target = Math.min(19, ownNiceness() + increment);
    for (int pass = 0; pass < 2; pass++) {
      List<String> ids = threadsOf(pid);
      if (ids.isEmpty()) {
        return Optional.of("processo " + pid + " não existe mais");
      }
      // "renice <priority> -p <id>...": an absolute value, the form every renice reads alike
      List<String> command = new ArrayList<>(List.of("renice", Integer.toString(target), "-p"));
      command.addAll(ids);
      Optional<String> failure = run(command);
      if (failure.isPresent()) {
        return failure;
      }
    }
    int now = niceness(Path.of("/proc", Long.toString(pid), "stat"), target);
    return now == target ? Optional.empty()
        : Optional.of("o serviço ficou com prioridade " + now + ", não " + target);
  }

  /** This JVM's nice value; 0 when it cannot be read. */
  static int ownNiceness() {
    return niceness(Path.of("/proc/self/stat"), 0);
  }

  // the nice value in a /proc stat file (its 19th field), or the fallback when there is none
  private static int niceness(Path stat, int fallback) {
    try {
      String line = Files.readString(stat);
      // the command name (field 2) is in parentheses and may hold blanks
      String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
      return Integer.parseInt(fields[16]);
    } catch (IOException | RuntimeException e) {
      return fallback;
    }
  }

  private static List<String> threadsOf(long pid) {
    Path tasks = Path.of("/proc", Long.toString(pid), "task");
    if (!Files.isDirectory(tasks)) {
      return ProcessHandle.of(pid).isPresent() ? List.of(Long.toString(pid)) : List.of();
    }
    try (Stream<Path> threads = Files.list(tasks)) {
      return threads.map(thread -> thread.getFileName().toString()).toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  private static Optional<String> run(List<String> command) {
    try {
      Process renice = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!renice.waitFor(RENICE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        renice.destroyForcibly();
        return Optional.of("renice não terminou em " + RENICE_TIMEOUT_SECONDS + " s");
      }
      // its exit code is not the verdict: a thread that ended between the listing and renice makes
      // it exit 1 while the others changed; lower() reads the result instead
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of("renice indisponível (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrompido");
    }
  }
}
