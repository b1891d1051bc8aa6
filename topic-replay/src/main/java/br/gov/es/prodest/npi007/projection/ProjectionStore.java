package br.gov.es.prodest.npi007.projection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.kafka.common.TopicPartition;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.Options;
import org.rocksdb.ReadOptions;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksDBException;
import org.rocksdb.RocksIterator;
import org.rocksdb.Snapshot;
import org.rocksdb.WriteBatchWithIndex;
import org.rocksdb.WriteOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A read model's durable home: one RocksDB database on the service's disk, holding the read
 * model's entries and, written in the same atomic batch, the position it has read up to in each
 * partition of its topics. After a restart the read model resumes from there instead of rebuilding
 * from offset zero, and its entries live off the heap, under the process's {@link RocksDbBudget}.
 *
 * <p>Keys are ordered bytes (see {@link StoreKey}): a read model keeps its entries and its indexes
 * (by status, by organ, by time...) as key ranges, and a list is a walk of one range. Keys starting
 * with byte 0 are the store's own (positions, layout). The store is derived from the topics, which
 * stay the record: it is dropped and rebuilt from offset zero when its layout changes or when the
 * topics are found behind it (a broker whose data was wiped).
 *
 * <p>Thread-safe: one feeder writes through {@link ProjectionWrite}, any number of readers read.
 */
public final class ProjectionStore implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ProjectionStore.class);
  private static final byte[] LAYOUT_KEY = {0, 'l'};
  private static final byte[] POSITIONS = {0, 'p'};
  private static final Duration CLOSE_PATIENCE = Duration.ofSeconds(10);

  private final Path directory;
  private final String layout;
  private final RocksDbBudget budget;
  private final WriteOptions writeOptions = new WriteOptions();
  private final BloomFilter bloomFilter = new BloomFilter(10);
  private Options options;
  private volatile RocksDB db;
  /** Reads and writes under way: {@link #close()} waits for them, so none meets a freed native handle. */
  private final AtomicInteger users = new AtomicInteger();
  private volatile boolean closing;

  private ProjectionStore(Path directory, String layout, RocksDbBudget budget) {
    this.directory = directory;
    this.layout = layout;
    this.budget = budget;
  }

  /**
   * Opens (creating it if needed) the store in {@code directory}; a store of another layout there is
   * dropped, so that the read model rebuilds it from its topics.
   *
   * @param layout names the shape of the read model's keys and values; change it whenever they change
   */
  public static ProjectionStore open(Path directory, String layout, RocksDbBudget budget) {
    ProjectionStore store = new ProjectionStore(directory, layout, budget);
    store.openDatabase();
    byte[] stored = store.rawGet(LAYOUT_KEY);
    if (stored != null && !Arrays.equals(stored, layout.getBytes(StandardCharsets.UTF_8))) {
      log.warn("Modelo de leitura em {}: formato {} substituído por {}; será reconstruído a partir dos tópicos",
          directory, new String(stored, StandardCharsets.UTF_8), layout);
      store.clear();
    }
    store.rawPut(LAYOUT_KEY, layout.getBytes(StandardCharsets.UTF_8));
    return store;
  }

  /** The entry under a key, or null. */
  public byte[] get(byte[] key) {
    StoreKey.checked(key);
    return rawGet(key);
  }

  /**
   * The entries whose keys start with {@code prefix}, in key order, starting just after
   * {@code after} (or at the range's start when null), read from one snapshot of the store. Close
   * the stream (try-with-resources): it holds a RocksDB iterator.
   */
  public Stream<Entry> scan(byte[] prefix, byte[] after) {
    StoreKey.checked(prefix);
    return walk(prefix, iterator -> {
      if (after == null) {
        iterator.seek(prefix);
      } else {
        iterator.seek(after);
        if (iterator.isValid() && Arrays.equals(iterator.key(), after)) {
          iterator.next();
        }
      }
    }, RocksIterator::next);
  }

  /** A lazy walk of one key range from where {@code start} puts the iterator, one {@code step} at a time. */
  private Stream<Entry> walk(byte[] prefix, Consumer<RocksIterator> start, Consumer<RocksIterator> step) {
    RocksDB database = enter();
    Snapshot snapshot = database.getSnapshot();
    ReadOptions read = new ReadOptions().setSnapshot(snapshot);
    RocksIterator iterator = database.newIterator(read);
    Runnable release = () -> {
      iterator.close();
      read.close();
      database.releaseSnapshot(snapshot);
      users.decrementAndGet();
    };
    try {
      start.accept(iterator);
    } catch (RuntimeException e) {
      release.run();
      throw e;
    }
    Spliterator<Entry> entries = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE, Spliterator.ORDERED) {
      @Override
      public boolean tryAdvance(Consumer<? super Entry> action) {
        if (!iterator.isValid()) {
          failOnError(iterator); // an I/O error ends an iterator too: not the end of the list
          return false;
        }
        if (!startsWith(iterator.key(), prefix)) {
          return false;
        }
        action.accept(new Entry(iterator.key(), iterator.value()));
        step.accept(iterator);
        return true;
      }
    };
    return StreamSupport.stream(entries, false).onClose(release);
  }

  /**
   * The entries whose keys start with {@code prefix}, in descending key order, starting just before
   * {@code before} (or at the range's end when null), read from one snapshot of the store: a list's
   * last items first, without reading the rest of it. Close the stream: it holds a RocksDB iterator.
   */
  public Stream<Entry> scanBackward(byte[] prefix, byte[] before) {
    StoreKey.checked(prefix);
    byte[] end = end(prefix);
    byte[] bound = before == null || (end != null && Arrays.compareUnsigned(before, end) > 0) ? end : before;
    return walk(prefix, iterator -> {
      if (bound == null) {
        iterator.seekToLast();
      } else {
        iterator.seekForPrev(bound);
        if (iterator.isValid() && Arrays.equals(iterator.key(), bound)) {
          iterator.prev();
        }
      }
    }, RocksIterator::prev);
  }

  /** The first key after every key that starts with {@code prefix}, or null when none is (all bytes 0xFF). */
  private static byte[] end(byte[] prefix) {
    for (int i = prefix.length - 1; i >= 0; i--) {
      if (prefix[i] != (byte) 0xFF) {
        byte[] end = Arrays.copyOf(prefix, i + 1);
        end[i]++;
        return end;
      }
    }
    return null;
  }

  private void failOnError(RocksIterator iterator) {
    try {
      iterator.status();
    } catch (RocksDBException e) {
      throw new IllegalStateException("Falha ao ler o modelo de leitura em " + directory, e);
    }
  }

  /** One stored entry. */
  public record Entry(byte[] key, byte[] value) {
  }

  /** Where the read model stands in each topic partition it has read: the next offset to read. */
  public Map<TopicPartition, Long> positions() {
    Map<TopicPartition, Long> positions = new HashMap<>();
    RocksDB database = enter();
    try (RocksIterator iterator = database.newIterator()) {
      for (iterator.seek(POSITIONS); iterator.isValid() && startsWith(iterator.key(), POSITIONS); iterator.next()) {
        String name = new String(iterator.key(), POSITIONS.length, iterator.key().length - POSITIONS.length,
            StandardCharsets.UTF_8);
        int slash = name.lastIndexOf('/');
        positions.put(new TopicPartition(name.substring(0, slash), Integer.parseInt(name.substring(slash + 1))),
            ByteBuffer.wrap(iterator.value()).getLong());
      }
      failOnError(iterator);
    } finally {
      users.decrementAndGet();
    }
    return positions;
  }

  /** A batch of changes to apply atomically with the positions it reaches (the replay's); see {@link ProjectionWrite}. */
  public ProjectionWrite newWrite() {
    return new ProjectionWrite(this, new WriteBatchWithIndex(true));
  }

  void commit(WriteBatchWithIndex batch) {
    RocksDB database = enter();
    try {
      database.write(writeOptions, batch);
    } catch (RocksDBException e) {
      throw new IllegalStateException("Falha ao gravar o modelo de leitura em " + directory, e);
    } finally {
      users.decrementAndGet();
    }
  }

  /** The entry under a key, with a batch's pending changes over the store's. */
  byte[] get(WriteBatchWithIndex batch, ReadOptions read, byte[] key) {
    RocksDB database = enter();
    try {
      return batch.getFromBatchAndDB(database, read, key);
    } catch (RocksDBException e) {
      throw new IllegalStateException("Falha ao ler o modelo de leitura em " + directory, e);
    } finally {
      users.decrementAndGet();
    }
  }

  static byte[] positionKey(TopicPartition partition) {
    byte[] name = (partition.topic() + "/" + partition.partition()).getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(POSITIONS.length + name.length).put(POSITIONS).put(name).array();
  }

  static byte[] position(long offset) {
    return ByteBuffer.allocate(Long.BYTES).putLong(offset).array();
  }

  /**
   * Drops every entry and position, keeping the layout: the read model starts again from offset
   * zero. A range delete, not a new database, so that readers never meet a closed one.
   */
  public void clear() {
    RocksDB database = enter();
    try {
      database.deleteRange(writeOptions, new byte[] {0}, new byte[] {(byte) 0xFF}); // UTF-8 never holds 0xFF
    } catch (RocksDBException e) {
      throw new IllegalStateException("Não foi possível apagar o modelo de leitura em " + directory, e);
    } finally {
      users.decrementAndGet();
    }
    rawPut(LAYOUT_KEY, layout.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Closes the database once the reads and writes under way have ended; new ones are refused from
   * now on. One still running after {@link #CLOSE_PATIENCE} (a reader stuck in a slow client) keeps
   * the native handles open: a leak at shutdown, rather than a crash of the JVM in native code.
   */
  @Override
  public synchronized void close() {
    closing = true;
    long deadline = System.nanoTime() + CLOSE_PATIENCE.toNanos();
    while (users.get() > 0 && System.nanoTime() < deadline) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    if (users.get() > 0) {
      log.warn("Modelo de leitura em {}: ainda em uso ao encerrar; deixado aberto", directory);
      return;
    }
    closeDatabase();
    writeOptions.close();
    bloomFilter.close();
  }

  private void openDatabase() {
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("Não foi possível criar o diretório do modelo de leitura " + directory, e);
    }
    options = new Options().setCreateIfMissing(true);
    // a read model asks for keys that are not there (a notification with no delivery yet): without a
    // Bloom filter each such miss reads every level's blocks (Kafka Streams sets one on its stores too)
    options.setTableFormatConfig(new BlockBasedTableConfig().setFilterPolicy(bloomFilter));
    budget.applyTo(options);
    try {
      db = RocksDB.open(options, directory.toString());
    } catch (RocksDBException e) {
      options.close();
      throw new IllegalStateException("Não foi possível abrir o modelo de leitura em " + directory
          + " (outro processo o usa? cada instância precisa do seu diretório de dados)", e);
    }
  }

  private void closeDatabase() {
    if (db != null) {
      db.close();
      options.close();
      db = null;
    }
  }

  /** Counts a read or write in; the caller counts it out ({@code users.decrementAndGet()}) in a finally. */
  private RocksDB enter() {
    users.incrementAndGet();
    RocksDB current = db;
    if (closing || current == null) {
      users.decrementAndGet();
      throw new IllegalStateException("O modelo de leitura em " + directory + " está fechado");
    }
    return current;
  }

  private byte[] rawGet(byte[] key) {
    RocksDB database = enter();
    try {
      return database.get(key);
    } catch (RocksDBException e) {
      throw new IllegalStateException("Falha ao ler o modelo de leitura em " + directory, e);
    } finally {
      users.decrementAndGet();
    }
  }

  private void rawPut(byte[] key, byte[] value) {
    RocksDB database = enter();
    try {
      database.put(writeOptions, key, value);
    } catch (RocksDBException e) {
      throw new IllegalStateException("Falha ao gravar o modelo de leitura em " + directory, e);
    } finally {
      users.decrementAndGet();
    }
  }

  static boolean startsWith(byte[] key, byte[] prefix) {
    return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
  }
}
