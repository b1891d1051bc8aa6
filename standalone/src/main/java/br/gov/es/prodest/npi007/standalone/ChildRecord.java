package br.gov.es.prodest.npi007.standalone;

import br.gov.es.prodest.npi007.standalone.services.Service;
import br.gov.es.prodest.npi007.standalone.services.ServiceProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pids of the services this stack started, on disk. After a kill -9 of the standalone its
 * children live on, holding their ports; the next start finds them here and stops them.
 */
final class ChildRecord {

  private static final Logger log = LoggerFactory.getLogger(ChildRecord.class);
  private static final Duration GRACE = Duration.ofSeconds(15);

  private final Path file;

  ChildRecord(Path standaloneDir) {
    this.file = standaloneDir.resolve("services.pid");
  }

  /** Stops the services a previous, crashed run left behind. Call only while holding the lock. */
  void stopOrphans() {
    List<ProcessHandle> orphans = recorded().stream()
        .filter(ChildRecord::isOurServiceJvm)
        .toList();
    orphans.forEach(orphan -> {
      log.warn("Encerrando o serviço órfão de uma execução anterior (pid {})", orphan.pid());
      orphan.destroy();
    });
    Instant deadline = Instant.now().plus(GRACE);
    for (ProcessHandle orphan : orphans) {
      try {
        orphan.onExit().get(Math.max(0, Duration.between(Instant.now(), deadline).toMillis()),
            TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        orphan.destroyForcibly();
      }
    }
    clear();
  }

  void write(List<ServiceProcess> children) {
    String pids = children.stream()
        .map(child -> child.pid() + System.lineSeparator())
        .collect(Collectors.joining());
    try {
      Files.writeString(file, pids, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Não foi possível escrever " + file, e);
    }
  }

  void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Não foi possível apagar {}", file, e);
    }
  }

  private List<ProcessHandle> recorded() {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::strip)
          .filter(line -> line.matches("\\d+"))
          .map(line -> ProcessHandle.of(Long.parseLong(line)))
          .flatMap(Optional::stream)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Não foi possível ler " + file, e);
    }
  }

  /** Pids get reused: only a live JVM running one of our exec jars is ours. */
  private static boolean isOurServiceJvm(ProcessHandle process) {
    return process.isAlive() && process.info().commandLine()
        .filter(line -> Arrays.stream(Service.values())
            .anyMatch(service -> line.contains(service.module() + "-") && line.contains("-exec.jar")))
        .isPresent();
  }
}
