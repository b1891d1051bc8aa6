package br.gov.es.prodest.npi007.system;

import br.gov.es.prodest.npi007.standalone.Ports;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The one standalone system the browser suites and the incident lifecycle's flows share in a test
 * run: starting it costs tens of seconds, a page or a flow costs milliseconds. Started by the first
 * suite that asks, supervised as {@code ./npi007 up} does (a service killed by a suite comes back),
 * stopped when the test JVM ends. The suites only add data (incidents, maintenances) and wait for a
 * service they kill to return, so their order does not matter.
 */
final class SharedSystem {

  private static RunningSystem system;
  private static GreenMail mail;

  private SharedSystem() {
  }

  static synchronized RunningSystem get() {
    if (system == null) {
      Path dataDir;
      try {
        dataDir = Files.createTempDirectory("npi007-browser-");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      // a real SMTP server: the mails people read (6.5, the subscribers' confirmations and updates)
      GreenMail smtp = new GreenMail(new ServerSetup(Ports.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      smtp.start();
      RunningSystem started = RunningSystem.start(dataDir, Ports.free(), Map.of(
          "SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT", Integer.toString(smtp.getSmtp().getPort())));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        started.close();
        smtp.stop();
        delete(dataDir);
      }, "browser-system-stop"));
      started.supervise();
      mail = smtp;
      system = started;
    }
    return system;
  }

  /** The SMTP server the system sends its mails to. */
  static synchronized GreenMail mail() {
    get();
    return mail;
  }

  private static void delete(Path dataDir) {
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException leftover) {
      // a temporary directory left behind is harmless
    }
  }
}
