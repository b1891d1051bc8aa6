package br.gov.es.prodest.npi007.processing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AggregateStoreTest {

  private static final String STATES = "test-aggregates";
  private static final byte[] SNAPSHOT_V1 = snapshot("v1");
  private static final byte[] SNAPSHOT_V2 = snapshot("v2");

  private KeyValueStore<String, byte[]> states;
  private AggregateStore store;

  @BeforeEach
  void openStores() {
    MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
    for (String name : AggregateStore.storeNames(STATES)) {
      KeyValueStore<String, byte[]> kv = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(name),
          Serdes.String(), Serdes.ByteArray()).withLoggingDisabled().build();
      kv.init(context.getStateStoreContext(), kv);
      context.addStateStore(kv);
      if (name.equals(STATES)) {
        states = kv;
      }
    }
    store = new AggregateStore(context, STATES);
  }

  @Test
  void anAggregateNeverSavedIsEmpty() {
    AggregateStore.Stored stored = store.load("incidente-1");

    assertThat(stored.isEmpty()).isTrue();
    assertThat(store.caused("incidente-1", "comando-1")).isEmpty();
  }

  @Test
  void aValueWrittenBeforeSnapshotsIsReadAsTheAggregatesHistory() {
    byte[] reported = utf8("reportado");
    byte[] joined = utf8("relato agregado");
    states.put("incidente-1", EventHistory.append(null, List.of(reported, joined)));

    AggregateStore.Stored stored = store.load("incidente-1");

    assertThat(stored.snapshot()).isNull();
    assertThat(stored.history()).containsExactly(reported, joined);
    assertThat(stored.isEmpty()).isFalse();
  }

  @Test
  void aSnapshotReplacesTheHistoryAndTheCommandsEventsAreKeptApart() {
    states.put("incidente-1", EventHistory.append(null, List.of(utf8("reportado"))));

    store.save("incidente-1", SNAPSHOT_V1, Map.of("comando-1", List.of(utf8("reportado")),
        "comando-2", List.of(utf8("vinculado"), utf8("triado"))));

    assertThat(store.load("incidente-1").snapshot()).isEqualTo(SNAPSHOT_V1);
    assertThat(store.load("incidente-1").history()).isEmpty();
    assertThat(store.caused("incidente-1", "comando-2")).containsExactly(utf8("vinculado"), utf8("triado"));
    assertThat(store.caused("incidente-2", "comando-2")).as("another aggregate's command").isEmpty();
  }

  @Test
  void aCommandRecordedOnceKeepsItsFirstEvents() {
    store.save("incidente-1", SNAPSHOT_V1, Map.of("comando-1", List.of(utf8("primeiro"))));
    store.save("incidente-1", SNAPSHOT_V2, Map.of("comando-1", List.of(utf8("segundo"))));

    assertThat(store.load("incidente-1").snapshot()).isEqualTo(SNAPSHOT_V2);
    assertThat(store.caused("incidente-1", "comando-1")).containsExactly(utf8("primeiro"));
  }

  @Test
  void everyAggregateIsVisitedOnceAsStoredButNotTheAppliedCommands() {
    states.put("incidente-1", EventHistory.append(null, List.of(utf8("reportado"))));
    store.save("incidente-2", SNAPSHOT_V1, Map.of("comando-1", List.of(utf8("reportado"))));
    Map<String, AggregateStore.Stored> seen = new HashMap<>();

    store.forEachStored((id, stored) -> assertThat(seen.put(id, stored)).isNull());

    assertThat(seen).containsOnlyKeys("incidente-1", "incidente-2");
    assertThat(seen.get("incidente-1").history()).containsExactly(utf8("reportado"));
    assertThat(seen.get("incidente-2").snapshot()).isEqualTo(SNAPSHOT_V1);
  }

  @Test
  void refusesToSaveSomethingThatIsNotASnapshot() {
    byte[] history = EventHistory.append(null, List.of(utf8("reportado")));

    assertThatThrownBy(() -> store.save("incidente-1", history, Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.load("incidente-1").isEmpty()).isTrue();
  }

  private static byte[] snapshot(String body) {
    byte[] text = utf8(body);
    byte[] value = new byte[2 + text.length];
    value[0] = (byte) 0xC3;
    value[1] = (byte) 0x01;
    System.arraycopy(text, 0, value, 2, text.length);
    return value;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
