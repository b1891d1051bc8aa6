package br.gov.es.prodest.npi007.standalone.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

/**
 * The log directory's KRaft format: written once, on first start, with a new cluster id; an
 * existing directory is never formatted again, since its {@code meta.properties} holds the cluster
 * id its data belongs to.
 */
final class StorageFormat {

  private static final String META_PROPERTIES = "meta.properties";

  private StorageFormat() {
  }

  /** The cluster id of a formatted log directory, or empty if it has not been formatted yet. */
  static Optional<String> clusterIdOf(Path logDir) {
    Path meta = logDir.resolve(META_PROPERTIES);
    if (!Files.isRegularFile(meta)) {
      return Optional.empty();
    }
    Properties props = new Properties();
    try (var reader = Files.newBufferedReader(meta, StandardCharsets.UTF_8)) {
      props.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Não foi possível ler " + meta, e);
    }
    return Optional.ofNullable(props.getProperty("cluster.id"));
  }

  /** Formats the log directory as a standalone controller of a new cluster; returns its id. */
  static String format(Path logDir, Properties settings) {
    String clusterId = Uuid.randomUuid().toString();
    Path config = writeTemporaryConfig(settings);
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int exitCode;
    try (PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8)) {
      // execute, not main: main ends the JVM
      exitCode = StorageTool.execute(new String[] {
          "format", "--config", config.toString(), "--cluster-id", clusterId, "--standalone"}, out);
    } catch (Exception e) {
      throw new IllegalStateException(failure(logDir, output), e);
    } finally {
      deleteQuietly(config);
    }
    if (exitCode != 0) {
      throw new IllegalStateException(failure(logDir, output));
    }
    return clusterId;
  }

  private static String failure(Path logDir, ByteArrayOutputStream output) {
    return "A formatação do diretório " + logDir + " falhou: "
        + output.toString(StandardCharsets.UTF_8).strip();
  }

  private static Path writeTemporaryConfig(Properties settings) {
    try {
      Path config = Files.createTempFile("npi007-kraft", ".properties");
      try (Writer writer = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
        settings.store(writer, "single-node KRaft broker of the NPI-007 standalone");
      }
      return config;
    } catch (IOException e) {
      throw new UncheckedIOException("Não foi possível escrever a configuração do broker", e);
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a leftover temporary file is harmless
    }
  }
}
