package br.gov.es.prodest.npi007.benchmarks.history;

import br.gov.es.prodest.npi007.benchmarks.pipeline.Figures;
import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * {@code ./npi007 bench replay}: {@code ./npi007 replay}'s speed beside raw Kafka's, in the same run
 * on the same broker. The baseline reads the replay's five topics (organs, notifications, deliveries,
 * incident and maintenance events), one after the other from offset zero to their end, with the
 * replay's consumer settings (read_committed, byte arrays), and only counts; it runs before and after
 * the replay and the faster of the two counts, so the ratio is not flattered by a cold page cache.
 * The replay runs as the operator runs it (its own JVM) and reports the records it read, projected
 * and compared, and the time that took; its JVM's start is reported apart. Only measures.
 */
public final class ReplayBench {

  private static final List<TopicSpec> TOPICS = List.of(Topics.ORGANS, Topics.NOTIFICATIONS, Topics.DELIVERIES,
      Topics.INCIDENT_EVENTS, Topics.MAINTENANCE_EVENTS);
  private static final Duration POLL = Duration.ofMillis(200);
  private static final Pattern READ = Pattern.compile("leitura: (\\d+) registros em ([0-9.]+) s");

  private ReplayBench() {
  }

  /** A read of the topics: how many records and how long. */
  private record Read(long records, double seconds) {
    double perSecond() {
      return records / Math.max(seconds, 1e-9);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2 || !args[0].equals("--jar") || !Files.isRegularFile(Path.of(args[1]))) {
      System.err.println("npi007 bench replay: uso: --jar <notification-service-exec.jar>");
      System.exit(2);
      return;
    }
    // the replay needs no password: only the broker of NPI007_KAFKA_PORT
    String bootstrap = "127.0.0.1:" + System.getenv().getOrDefault("NPI007_KAFKA_PORT", "9092");
    System.out.printf("Benchmark do replay: broker %s, tópicos %s%n", bootstrap,
        TOPICS.stream().map(TopicSpec::name).toList());
    Read before = raw(bootstrap);
    print("Kafka puro (antes)", before);
    long started = System.nanoTime();
    Read replay = replay(Path.of(args[1]), bootstrap);
    double wall = (System.nanoTime() - started) / 1e9;
    Read after = raw(bootstrap);
    print("Kafka puro (depois)", after);
    Read baseline = before.perSecond() >= after.perSecond() ? before : after;
    print("Replay", replay);
    System.out.printf(Locale.ROOT, "Razão         replay / Kafka puro (o mais rápido dos dois): %.0f %%%n",
        100 * replay.perSecond() / baseline.perSecond());
    System.out.printf(Locale.ROOT, "Processo      o replay levou %.1f s do início da JVM ao fim (%.1f s além da leitura)%n",
        wall, wall - replay.seconds());
    Figures figures = new Figures();
    figures.put("raw.records", baseline.records());
    figures.put("raw.records_per_second", baseline.perSecond());
    figures.put("replay.records", replay.records());
    figures.put("replay.records_per_second", replay.perSecond());
    figures.put("replay.ratio", replay.perSecond() / baseline.perSecond());
    figures.put("replay.process_seconds", wall);
    figures.publishSection(Figures.FILE, "replay");
    System.exit(0);
  }

  private static void print(String label, Read read) {
    System.out.printf(Locale.ROOT, "%-13s %,d registros em %.2f s: %,.0f registros/s%n", label, read.records(),
        read.seconds(), read.perSecond());
  }

  private static Read raw(String bootstrap) {
    long records = 0;
    long began = System.nanoTime();
    for (TopicSpec topic : TOPICS) {
      records += count(bootstrap, topic);
    }
    return new Read(records, (System.nanoTime() - began) / 1e9);
  }

  // What the replay's reader does, minus the processing: one consumer per topic, from zero to the end as of now.
  private static long count(String bootstrap, TopicSpec topic) {
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
          .map(info -> new TopicPartition(topic.name(), info.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      long read = 0;
      while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
        for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
          if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
            read++;
          }
        }
      }
      return read;
    }
  }

  private static Read replay(Path jar, String bootstrap) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-jar", jar.toString(),
        "--npi007.replay=true"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("NPI007_KAFKA_BOOTSTRAP_SERVERS", bootstrap);
    Process process = builder.start();
    Read read = null;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
        StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        Matcher matcher = READ.matcher(line);
        if (matcher.find()) {
          read = new Read(Long.parseLong(matcher.group(1)), Double.parseDouble(matcher.group(2)));
        }
        // its summary, differences and failures (an exception, a heap exhausted) reach the operator
        if (line.contains("DIFERENÇA") || line.startsWith("Resumo") || line.startsWith("Falha")
            || line.contains("Exception") || line.contains("Error") || line.startsWith("  ")
            && !line.contains("registros lidos")) {
          System.out.println("  replay | " + line.strip());
        }
      }
    }
    int exit = process.waitFor();
    if (read == null) {
      throw new IllegalStateException("o replay terminou (código " + exit + ") sem dizer quantos registros leu");
    }
    return read;
  }
}
