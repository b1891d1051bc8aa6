package br.gov.es.prodest.npi007.standalone;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ./npi007 up}: the whole system on this machine, in the foreground, until Ctrl-C. A service
 * that dies or hangs is started again with back-off ({@link Supervision#DEFAULT}); one that keeps
 * failing stays down, said plainly in the log, while the broker and the others keep running.
 */
public final class Standalone {

  private static final Logger log = LoggerFactory.getLogger(Standalone.class);

  private Standalone() {
  }

  public static void main(String[] args) {
    StandaloneStack stack;
    try {
      stack = StandaloneStack.create(StandaloneSettings.fromEnvironment(), System.out);
    } catch (RuntimeException e) {
      reportFailedStart(e);
      System.exit(1);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "npi007-stop"));
    try {
      stack.start();
    } catch (RuntimeException e) {
      if (stack.isClosing()) {
        return; // Ctrl-C during start-up: the shutdown hook is stopping what started
      }
      reportFailedStart(e);
      System.exit(1);
    }
    Duration startup = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
    System.out.println(Banner.text(stack, startup));

    stack.supervise(Supervision.DEFAULT);
  }

  /** Our own failures carry a message meant for the user; anything else needs its stack trace. */
  private static void reportFailedStart(RuntimeException e) {
    if (e instanceof IllegalStateException || e instanceof IllegalArgumentException) {
      log.error("O npi007 não iniciou: {}", e.getMessage());
    } else {
      log.error("O npi007 não iniciou: {}", e.getMessage(), e);
    }
  }
}
