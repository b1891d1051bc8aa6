package br.gov.es.prodest.npi007.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;

class BoundedRocksDbMemoryTest {

  static {
    RocksDB.loadLibrary();
  }

  @Test
  void everyStoreOfTheProcessSharesOneCacheAndOneWriteBufferManager() {
    try (Options first = new Options(); Options second = new Options()) {
      first.setTableFormatConfig(new BlockBasedTableConfig());
      new BoundedRocksDbMemory().setConfig("historico-0", first, Map.of());
      new BoundedRocksDbMemory().setConfig("rotas-3", second, Map.of(RocksDbBudget.MEMORY_MB, "64"));

      assertThat(first.writeBufferManager()).isNotNull().isSameAs(second.writeBufferManager());
      assertThat(first.writeBufferSize()).isEqualTo(1024 * 1024);
      BlockBasedTableConfig table = (BlockBasedTableConfig) first.tableFormatConfig();
      assertThat(table.cacheIndexAndFilterBlocks()).isTrue();
      assertThat(table.cacheIndexAndFilterBlocksWithHighPriority()).isTrue();
      assertThat(table.pinTopLevelIndexAndFilter()).isTrue();
    }
  }

  @Test
  void aBudgetThatIsNotAPositiveNumberIsRefusedWithTheSettingsName() {
    assertThatThrownBy(() -> new BoundedRocksDbMemory().setConfig("x", new Options(), Map.of(RocksDbBudget.MEMORY_MB, "32MB")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(RocksDbBudget.MEMORY_MB);
  }

  @Test
  void aRealRocksDbStoreOpensWritesAndReadsUnderTheBudget(@TempDir Path stateDir) throws Exception {
    StreamsBuilder builder = new StreamsBuilder();
    builder.table("entrada", Consumed.with(Serdes.String(), Serdes.String()),
        Materialized.<String, String, KeyValueStore<org.apache.kafka.common.utils.Bytes, byte[]>>as("ultimo-valor"));
    Properties config = new Properties();
    config.put(StreamsConfig.APPLICATION_ID_CONFIG, "bounded-rocksdb-test");
    config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9");
    config.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    config.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, BoundedRocksDbMemory.class);
    config.put(RocksDbBudget.MEMORY_MB, "8");

    try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), config)) {
      TestInputTopic<String, String> input =
          driver.createInputTopic("entrada", new StringSerializer(), new StringSerializer());
      for (int i = 0; i < 200; i++) {
        input.pipeInput("chave-" + (i % 10), "valor-" + i);
      }
      KeyValueStore<String, String> store = driver.getKeyValueStore("ultimo-valor");
      assertThat(store.get("chave-3")).isEqualTo("valor-193");
      try (var all = store.all()) {
        assertThat(all).toIterable().hasSize(10);
      }
      // the store is a real RocksDB on disk, opened with these options (the driver deletes it on close)
      try (var files = Files.walk(stateDir)) {
        assertThat(files.anyMatch(file -> file.getFileName().toString().startsWith("OPTIONS-"))).isTrue();
      }
    }
  }
}
