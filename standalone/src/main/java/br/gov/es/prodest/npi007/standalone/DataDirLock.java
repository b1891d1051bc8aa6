package br.gov.es.prodest.npi007.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One standalone per data directory: held while the stack runs, released by the OS even after a
 * kill -9, so a free lock also tells that any children left in the directory's records are orphans.
 */
final class DataDirLock implements AutoCloseable {

  private final FileChannel channel;

  private DataDirLock(FileChannel channel) {
    this.channel = channel;
  }

  static DataDirLock acquire(Path standaloneDir) {
    try {
      Files.createDirectories(standaloneDir);
      FileChannel channel = FileChannel.open(standaloneDir.resolve("standalone.lock"),
          StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      if (!tryLock(channel)) {
        channel.close();
        throw new IllegalStateException("Outro npi007 já está em execução com o diretório de dados "
            + standaloneDir.getParent() + "; encerre-o ou use outro NPI007_DATA_DIR.");
      }
      return new DataDirLock(channel);
    } catch (IOException e) {
      throw new UncheckedIOException("Não foi possível travar o diretório " + standaloneDir, e);
    }
  }

  private static boolean tryLock(FileChannel channel) throws IOException {
    try {
      return channel.tryLock() != null;
    } catch (OverlappingFileLockException e) {
      return false; // held by another stack in this very JVM
    }
  }

  @Override
  public void close() {
    try {
      channel.close(); // releases the lock
    } catch (IOException e) {
      // the OS releases the lock with the process anyway
    }
  }
}
