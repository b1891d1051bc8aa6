package br.gov.es.prodest.npi007.system;

import br.gov.es.prodest.npi007.standalone.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one system the delivered-flow suites share (incidents and maintenances, down to the fake
 * WhatsApp provider and the organs' mailboxes): a start costs tens of seconds, and their flows mostly
 * wait (the maintenance timers a minute and a half), so every flow of both suites starts together
 * when the first suite asks, and each suite's tests await their own. Every flow has components and
 * organs of its own, so they do not see each other. The system stops when both suites are done (or
 * when the test JVM ends, if only one ran).
 */
final class DeliveredSystem {

  /** The suites that share it, each of which releases it when done. */
  private static final Set<Class<?>> SUITES = Set.of(DeliveredIncidentFlowsTest.class, DeliveredMaintenanceFlowsTest.class);
  private static DeliveredSystem shared;
  private static final Set<Class<?>> released = new HashSet<>();

  final FakeProviders providers;
  final RunningSystem system;
  final DeliveredFlows flows;
  final ConcurrentFlows running = new ConcurrentFlows();
  private final Path dataDir;
  private boolean stopped;

  private DeliveredSystem(FakeProviders providers, RunningSystem system, Path dataDir) {
    this.providers = providers;
    this.system = system;
    this.flows = new DeliveredFlows(system, providers);
    this.dataDir = dataDir;
  }

  /** The shared system, started (with every flow of both suites) by the first suite that asks. */
  static synchronized DeliveredSystem get() {
    if (shared == null) {
      shared = start();
      shared.flows.giveEveryOrganAnAddress();
      new DeliveredIncidentFlowsTest().startFlows(shared);
      new DeliveredMaintenanceFlowsTest().startFlows(shared);
      DeliveredSystem started = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "delivered-system-stop"));
    }
    return shared;
  }

  /** A suite is done with the system; the last one stops it. */
  static synchronized void release(Class<?> suite) {
    released.add(suite);
    if (shared != null && released.containsAll(SUITES)) {
      shared.stop();
    }
  }

  private static DeliveredSystem start() {
    FakeProviders providers = FakeProviders.start();
    Map<String, String> environment = new HashMap<>(providers.environment());
    // ASCOM reviews 6.2 only, so the rest go out at once
    environment.put("NPI007_REVIEW_MESSAGES", "6.2");
    environment.put("NPI007_DELIVERY_BACKOFF_INITIAL", "PT1S");
    environment.put("NPI007_WHATSAPP_VERIFY_TOKEN", "token-de-verificacao-dos-fluxos");
    environment.put("NPI007_WHATSAPP_APP_SECRET", DeliveredFlows.WHATSAPP_APP_SECRET);
    // the shortest reminder lead (whole minutes) and a timer check twice a second, so timers fire within the test
    environment.put("NPI007_MAINTENANCE_REMINDERS", DeliveredMaintenanceFlowsTest.REMINDER_LEAD.toString());
    environment.put("NPI007_MAINTENANCE_TIMER_INTERVAL", "PT0.5S");
    Path dataDir;
    try {
      dataDir = Files.createTempDirectory("npi007-delivered-");
    } catch (IOException e) {
      providers.close();
      throw new UncheckedIOException(e);
    }
    try {
      return new DeliveredSystem(providers, RunningSystem.start(dataDir, Ports.free(), environment), dataDir);
    } catch (RuntimeException e) {
      providers.close();
      throw e;
    }
  }

  private synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    running.close();
    system.close();
    providers.close();
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException leftover) {
      // a temporary directory left behind is harmless
    }
  }
}
