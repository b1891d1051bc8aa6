package br.gov.es.prodest.npi007.projection;

import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.IndexType;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.WriteBufferManager;

/**
 * One process's off-heap budget for every RocksDB database it opens: the Kafka Streams stores of
 * its processors and the stores of its read models share one LRU block cache, and their memtables
 * are charged to that cache through one write-buffer manager (Kafka Streams' "bounded memory"
 * recipe). The cache is not strict, so a write may take it briefly over rather than fail.
 *
 * <p>Made once per process, by the first database opened, with the size that caller gives; the
 * cache and the manager live as long as the process and are never closed with a database.
 */
public final class RocksDbBudget {

  /** The setting with the budget, in MiB (Kafka Streams property and Spring property alike). */
  public static final String MEMORY_MB = "npi007.rocksdb.memory.mb";
  public static final long DEFAULT_MEMORY_MB = 32;
  /** Memtables may take up to this share of the budget; the rest is read cache. */
  static final double WRITE_BUFFER_SHARE = 0.25;
  /** Index and filter blocks stay cached in the high-priority pool, ahead of data blocks. */
  static final double HIGH_PRIORITY_SHARE = 0.1;
  /** Each database's memtable: small, since the write-buffer manager bounds the sum anyway. */
  static final long MEMTABLE_BYTES = 1024 * 1024;
  static final int MEMTABLES = 2;
  /** The size of one partition of a table's index or filter. */
  static final long METADATA_BLOCK_BYTES = 4096;

  private static RocksDbBudget shared;

  private final long bytes;
  private final Cache cache;
  private final WriteBufferManager writeBuffers;

  private RocksDbBudget(long bytes) {
    RocksDB.loadLibrary();
    this.bytes = bytes;
    this.cache = new LRUCache(bytes, -1, false, HIGH_PRIORITY_SHARE);
    this.writeBuffers = new WriteBufferManager((long) (bytes * WRITE_BUFFER_SHARE), cache);
  }

  /** The process's budget; the first call sets its size, later calls share it whatever they ask. */
  public static synchronized RocksDbBudget of(long megabytes) {
    if (shared == null) {
      shared = new RocksDbBudget(megabytes * 1024 * 1024);
    }
    return shared;
  }

  /** The budget's size in bytes. */
  public long bytes() {
    return bytes;
  }

  Cache cache() {
    return cache;
  }

  WriteBufferManager writeBuffers() {
    return writeBuffers;
  }

  /** Puts a database's table cache and memtables under this budget. */
  public void applyTo(Options options) {
    // Kafka Streams hands every store a block-based table configuration; a bare Options has none
    BlockBasedTableConfig table = options.tableFormatConfig() instanceof BlockBasedTableConfig given
        ? given : new BlockBasedTableConfig();
    table.setBlockCache(cache);
    table.setCacheIndexAndFilterBlocks(true);
    table.setCacheIndexAndFilterBlocksWithHighPriority(true);
    // partitioned index and filters: a lookup loads a small partition into the shared cache, not a
    // file's whole index (hundreds of KiB for a store of tens of MiB), which a small cache shared by
    // dozens of stores would keep evicting, making each point lookup cost milliseconds
    table.setIndexType(IndexType.kTwoLevelIndexSearch);
    table.setPartitionFilters(true);
    table.setMetadataBlockSize(METADATA_BLOCK_BYTES);
    table.setPinTopLevelIndexAndFilter(true);
    options.setTableFormatConfig(table);
    options.setWriteBufferManager(writeBuffers);
    options.setWriteBufferSize(MEMTABLE_BYTES);
    options.setMaxWriteBufferNumber(MEMTABLES);
  }

  /** A configured size in MiB: {@link #DEFAULT_MEMORY_MB} when absent; a clear error when not a positive integer. */
  public static long megabytes(Object configured) {
    if (configured == null || configured.toString().isBlank()) {
      return DEFAULT_MEMORY_MB;
    }
    long value;
    try {
      value = Long.parseLong(configured.toString().strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          MEMORY_MB + " deve ser um número inteiro de MiB maior que zero, não '" + configured + "'", e);
    }
    if (value <= 0) {
      throw new IllegalArgumentException(MEMORY_MB + " deve ser maior que zero, não " + value);
    }
    return value;
  }
}
