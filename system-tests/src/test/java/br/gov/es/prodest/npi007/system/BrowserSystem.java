package br.gov.es.prodest.npi007.system;

import br.gov.es.prodest.npi007.standalone.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The one standalone system the browser suites share in a test run: starting it costs tens of
 * seconds, a page costs milliseconds. Started by the first suite that asks, stopped when the test
 * JVM ends. The suites only add data (incidents, maintenances), so their order does not matter.
 */
final class BrowserSystem {

  private static RunningSystem system;

  private BrowserSystem() {
  }

  static synchronized RunningSystem get() {
    if (system == null) {
      Path dataDir;
      try {
        dataDir = Files.createTempDirectory("npi007-browser-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      RunningSystem started = RunningSystem.start(dataDir, Ports.free());
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        started.close();
        delete(dataDir);
      }, "browser-system-stop"));
      system = started;
    }
    return system;
  }

  private static void delete(Path dataDir) {
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException leftover) {
      // a temporary directory left behind is harmless
    }
  }
}
