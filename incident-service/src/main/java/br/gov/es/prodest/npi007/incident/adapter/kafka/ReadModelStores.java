package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import java.nio.file.Path;
import org.springframework.core.env.Environment;

/**
 * Where the service's read models keep their stores: one directory per read model under
 * {@code npi007.read-models.dir}, under the same RocksDB budget as the Kafka Streams stores
 * ({@code npi007.rocksdb.memory.mb} of the Streams properties, env NPI007_ROCKSDB_MEMORY_MB).
 */
public final class ReadModelStores {

  static final String DIRECTORY = "npi007.read-models.dir";
  private static final String MEMORY = "spring.kafka.streams.properties." + RocksDbBudget.MEMORY_MB;

  private ReadModelStores() {
  }

  /** Opens a read model's store; the caller (a bean with {@code close} as destroy method) closes it. */
  public static ProjectionStore open(Environment environment, String readModel, String layout) {
    Path root = Path.of(environment.getRequiredProperty(DIRECTORY));
    long megabytes = RocksDbBudget.megabytes(environment.getProperty(MEMORY));
    return ProjectionStore.open(root.resolve(readModel), layout, RocksDbBudget.of(megabytes));
  }
}
