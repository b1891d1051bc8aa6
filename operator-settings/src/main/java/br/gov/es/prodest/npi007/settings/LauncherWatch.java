package br.gov.es.prodest.npi007.settings;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;

/**
 * A service started by {@code ./npi007 up} never outlives its launcher (issue 16): the launcher
 * names itself in {@code NPI007_LAUNCHER_PID}, and once that process is gone (stopped, or killed with
 * {@code kill -9}, which gives it no chance to stop its children) the service stops as on SIGTERM,
 * through Spring's shutdown hook. The launcher's broker is gone with it, and a graceful stop waits on
 * the broker (the Kafka clients' close, up to their timeouts: 28 s in the fault suite), so past {@link
 * #STOP_GRACE} the JVM halts. A service started any other way (a container, systemd, a test) has no
 * such variable and watches nothing.
 */
public final class LauncherWatch implements ApplicationListener<ApplicationStartingEvent> {

  static final String VARIABLE = "NPI007_LAUNCHER_PID";
  private static final Duration EVERY = Duration.ofSeconds(1);
  static final Duration STOP_GRACE = Duration.ofSeconds(5);

  @Override
  public void onApplicationEvent(ApplicationStartingEvent event) {
    OptionalLong launcher = launcher(System.getenv(VARIABLE));
    if (launcher.isPresent()) {
      long pid = launcher.getAsLong();
      watch(() -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), EVERY, () -> {
        LogFactory.getLog(LauncherWatch.class).warn("O processo do npi007 que iniciou este serviço (" + pid
            + ") terminou; encerrando este serviço também");
        after(STOP_GRACE, () -> Runtime.getRuntime().halt(0));
        System.exit(0);
      });
    }
  }

  /** The launcher's process id, when the variable names one. */
  static OptionalLong launcher(String variable) {
    if (variable == null || variable.isBlank()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(variable.strip()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** Runs {@code action} after {@code delay} on a daemon thread, which keeps running while the JVM stops. */
  static Thread after(Duration delay, Runnable action) {
    return daemon("npi007-launcher-gone-halt", () -> {
      Thread.sleep(delay.toMillis());
      action.run();
    });
  }

  /** Runs {@code gone} once {@code alive} says no, asking every {@code every}, on a daemon thread. */
  static Thread watch(BooleanSupplier alive, Duration every, Runnable gone) {
    return daemon("npi007-launcher-watch", () -> {
      while (alive.getAsBoolean()) {
        Thread.sleep(every.toMillis());
      }
      gone.run();
    });
  }

  private interface Waiting {
    void run() throws InterruptedException;
  }

  private static Thread daemon(String name, Waiting body) {
    Thread thread = new Thread(() -> {
      try {
        body.run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
  }
}
