package br.gov.es.prodest.npi007.processing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * Who this instance of a service is, across its restarts: a random id kept beside its state, so the
 * same data directory is the same instance. It names the instance to the broker where a restart
 * should take the place of the process that died, rather than wait for the broker to give up on it:
 * the consumer group's static membership ({@code group.instance.id}) and a transactional producer's
 * id, whose first use aborts what the dead process left open.
 */
public final class InstanceIdentity {

  static final String FILE = "instance.id";

  private InstanceIdentity() {
  }

  /** The id kept in {@code dir}, made (once) if there is none yet. */
  public static String in(Path dir) {
    Path file = dir.resolve(FILE);
    try {
      if (Files.isRegularFile(file)) {
        String kept = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (isId(kept)) {
          return kept;
        }
      }
      Files.createDirectories(dir);
      Path fresh = Files.createTempFile(dir, FILE, ".tmp");
      Files.writeString(fresh, UUID.randomUUID() + System.lineSeparator(), StandardCharsets.UTF_8);
      try {
        Files.move(fresh, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
        Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING);
      }
      return Files.readString(file, StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("Não foi possível ler nem criar a identidade da instância em " + file, e);
    }
  }

  private static boolean isId(String text) {
    try {
      return UUID.fromString(text).toString().equals(text);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
