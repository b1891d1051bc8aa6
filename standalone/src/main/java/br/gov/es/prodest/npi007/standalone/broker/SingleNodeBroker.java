package br.gov.es.prodest.npi007.standalone.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real, persistent single-node Kafka cluster in this JVM: one KRaft node that is both broker and
 * controller, with its log directory on disk. The directory is formatted on first start only, so
 * the data (and the cluster id) survive restarts and crashes.
 */
public final class SingleNodeBroker implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SingleNodeBroker.class);
  /** What Kafka leaves in a log directory when it stops cleanly ({@code CleanShutdownFileHandler}). */
  static final String CLEAN_SHUTDOWN_MARKER = ".kafka_cleanshutdown";

  private final KafkaRaftServer server;
  private final String clusterId;
  private final boolean formatted;
  private final boolean restartedAfterUncleanStop;
  private final int port;
  private boolean stopped;

  private SingleNodeBroker(KafkaRaftServer server, String clusterId, boolean formatted,
      boolean restartedAfterUncleanStop, int port) {
    this.server = server;
    this.clusterId = clusterId;
    this.formatted = formatted;
    this.restartedAfterUncleanStop = restartedAfterUncleanStop;
    this.port = port;
  }

  /**
   * Starts the node on 127.0.0.1: clients on {@code port}, the controller on {@code port + 1}.
   * Returns once the broker is registered and unfenced, ready for clients. A node that was not
   * stopped cleanly (killed, or its machine lost power) is started, stopped cleanly and started again.
   */
  public static SingleNodeBroker start(Path logDir, int port) {
    Properties settings = KraftSettings.of(logDir, port, port + 1);
    createDirectories(logDir);
    var existing = StorageFormat.clusterIdOf(logDir);
    String clusterId = existing.orElseGet(() -> StorageFormat.format(logDir, settings));
    if (existing.isEmpty()) {
      log.info("Diretório {} formatado para o cluster {}", logDir, clusterId);
    }
    // read before the start, which removes it
    boolean uncleanStop = existing.isPresent() && !Files.exists(logDir.resolve(CLEAN_SHUTDOWN_MARKER));
    KafkaRaftServer server = startServer(settings, port);
    if (uncleanStop) {
      // After a kill -9 the node's controller bumps every leader epoch as the broker registers again,
      // and Kafka 4.1.2's group coordinator may load a __consumer_offsets partition twice at once and
      // lose it (its log: "out of sync with the underlying log", "No in-memory snapshot for epoch 0"),
      // leaving the services' groups without a coordinator for minutes. A clean stop and start loads
      // each partition once: a few seconds, and only after a crash.
      log.warn("O broker não foi parado corretamente da última vez; reiniciando-o uma vez, de forma limpa");
      stopQuietly(server);
      server = startServer(settings, port);
    }
    return new SingleNodeBroker(server, clusterId, existing.isEmpty(), uncleanStop, port);
  }

  private static KafkaRaftServer startServer(Properties settings, int port) {
    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(settings, false), Time.SYSTEM);
    try {
      server.startup();
    } catch (RuntimeException e) {
      stopQuietly(server);
      throw new IllegalStateException("O broker Kafka não iniciou na porta " + port + ": "
          + e.getMessage(), e);
    }
    return server;
  }

  public String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  public String clusterId() {
    return clusterId;
  }

  /** Whether the node found it had not been stopped cleanly, and so started twice (see {@link #start}). */
  public boolean restartedAfterUncleanStop() {
    return restartedAfterUncleanStop;
  }

  /** Whether this start formatted the log directory (its first start). */
  public boolean formattedOnStart() {
    return formatted;
  }

  /** Stops the node cleanly: leadership handed over, logs flushed, a clean-shutdown marker left. */
  @Override
  public synchronized void close() {
    if (!stopped) {
      stopped = true;
      server.shutdown();
      server.awaitShutdown();
    }
  }

  private static void stopQuietly(KafkaRaftServer server) {
    try {
      server.shutdown();
      server.awaitShutdown();
    } catch (RuntimeException e) {
      log.warn("Falha ao parar o broker após erro de início", e);
    }
  }

  private static void createDirectories(Path logDir) {
    try {
      Files.createDirectories(logDir);
    } catch (IOException e) {
      throw new UncheckedIOException("Não foi possível criar o diretório " + logDir, e);
    }
  }
}
