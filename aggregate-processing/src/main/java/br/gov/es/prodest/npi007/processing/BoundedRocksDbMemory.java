package br.gov.es.prodest.npi007.processing;

import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.Options;

/**
 * Bounds the off-heap memory of every RocksDB store of one service to the process's single
 * {@link RocksDbBudget}, which the service's read-model stores share too. Kafka Streams gives each
 * store instance (one per store and partition: dozens per service) its own 50 MiB block cache and
 * up to three 16 MiB memtables, with no upper bound; here they all share one LRU block cache and one
 * write-buffer manager.
 *
 * <p>Set with {@code rocksdb.config.setter} in the Streams properties; the budget comes from
 * {@value RocksDbBudget#MEMORY_MB} (MiB), unless a read model already made the process's budget.
 */
public final class BoundedRocksDbMemory implements RocksDBConfigSetter {

  @Override
  public void setConfig(String storeName, Options options, Map<String, Object> configs) {
    RocksDbBudget.of(RocksDbBudget.megabytes(configs.get(RocksDbBudget.MEMORY_MB))).applyTo(options);
  }

  @Override
  public void close(String storeName, Options options) {
    // the cache and the write-buffer manager are the process's, shared by every store: never closed here
  }
}
