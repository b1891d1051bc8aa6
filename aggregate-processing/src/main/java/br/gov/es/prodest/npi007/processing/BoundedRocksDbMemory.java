package br.gov.es.prodest.npi007.processing;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;

/**
 * Bounds the off-heap memory of every RocksDB store of one service to a single budget. Kafka
 * Streams gives each store instance (one per store and partition: dozens per service) its own
 * 50 MiB block cache and up to three 16 MiB memtables, with no upper bound; here they all share one
 * LRU block cache, and their memtables are charged to it through one write-buffer manager, so the
 * service's RocksDB stays about the budget (Kafka Streams' "bounded memory" recipe; the cache is not
 * strict, so a write may take it briefly over rather than fail).
 *
 * <p>Set with {@code rocksdb.config.setter} in the Streams properties; the budget comes from
 * {@value #MEMORY_MB} (MiB, default {@value #DEFAULT_MEMORY_MB}), read once per process: the cache
 * is shared by every store the process opens and is never closed with one of them.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {

  /** The Streams property with the budget, in MiB. */
  public static final String MEMORY_MB = "npi007.rocksdb.memory.mb";
  static final long DEFAULT_MEMORY_MB = 32;
  /** Memtables may take up to this share of the budget; the rest is read cache. */
  static final double WRITE_BUFFER_SHARE = 0.25;
  /** Index and filter blocks stay cached in the high-priority pool, ahead of data blocks. */
  static final double HIGH_PRIORITY_SHARE = 0.1;
  /** Each store's memtable: small, since the write-buffer manager bounds the sum anyway. */
  static final long MEMTABLE_BYTES = 1024 * 1024;
  static final int MEMTABLES = 2;

  private static SharedBudget budget;

  @Override
  public void setConfig(String storeName, Options options, Map<String, Object> configs) {
    SharedBudget shared = budget(megabytes(configs.get(MEMORY_MB)));
    // Kafka Streams hands every store a block-based table configuration; a bare Options has none
    BlockBasedTableConfig table = options.tableFormatConfig() instanceof BlockBasedTableConfig given
        ? given : new BlockBasedTableConfig();
    table.setBlockCache(shared.cache());
    table.setCacheIndexAndFilterBlocks(true);
    table.setCacheIndexAndFilterBlocksWithHighPriority(true);
    table.setPinTopLevelIndexAndFilter(true);
    options.setTableFormatConfig(table);
    options.setWriteBufferManager(shared.writeBuffers());
    options.setWriteBufferSize(MEMTABLE_BYTES);
    options.setMaxWriteBufferNumber(MEMTABLES);
  }

  @Override
  public void close(String storeName, Options options) {
    // the cache and the write-buffer manager are the process's, shared by every store: never closed here
  }

  /** The process's budget, made on the first store's configuration. */
  static synchronized SharedBudget budget(long megabytes) {
    if (budget == null) {
      long bytes = megabytes * 1024 * 1024;
      Cache cache = new LRUCache(bytes, -1, false, HIGH_PRIORITY_SHARE);
      budget = new SharedBudget(bytes, cache, new WriteBufferManager((long) (bytes * WRITE_BUFFER_SHARE), cache));
    }
    return budget;
  }

  static long megabytes(Object configured) {
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

  /** One process's block cache and the write-buffer manager charged to it. */
  record SharedBudget(long bytes, Cache cache, WriteBufferManager writeBuffers) {
  }
}
