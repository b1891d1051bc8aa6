package br.gov.es.prodest.npi007.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectionStoreTest {

  private static final RocksDbBudget BUDGET = RocksDbBudget.of(8);
  private static final Instant MORNING = Instant.parse("2026-12-04T11:00:00Z");

  @TempDir
  Path directory;

  @Test
  void aPollsChangesAndPositionsAreWrittenTogetherAndSurviveAReopen() {
    TopicPartition events = new TopicPartition("eventos", 2);
    try (ProjectionStore store = open("incidentes/1")) {
      try (ProjectionWrite write = store.newWrite()) {
        write.put(key("a"), text("primeiro"));
        assertThat(write.get(key("a"))).isEqualTo(text("primeiro"));
        assertThat(store.get(key("a"))).isNull(); // not before the commit
        write.position(events, 41);
        write.commit();
      }
      try (ProjectionWrite abandoned = store.newWrite()) {
        abandoned.put(key("b"), text("nunca gravado"));
        abandoned.position(events, 99);
      }
    }
    try (ProjectionStore reopened = open("incidentes/1")) {
      assertThat(reopened.get(key("a"))).isEqualTo(text("primeiro"));
      assertThat(reopened.get(key("b"))).isNull();
      assertThat(reopened.positions()).isEqualTo(Map.of(events, 41L));
    }
  }

  @Test
  void anotherLayoutDropsTheStoreSoThatItIsRebuiltFromTheTopics() {
    try (ProjectionStore store = open("incidentes/1"); ProjectionWrite write = store.newWrite()) {
      write.put(key("a"), text("formato antigo"));
      write.position(new TopicPartition("eventos", 0), 7);
      write.commit();
    }
    try (ProjectionStore store = open("incidentes/2")) {
      assertThat(store.get(key("a"))).isNull();
      assertThat(store.positions()).isEmpty();
    }
  }

  @Test
  void aScanWalksOneKeyRangeInOrderFromJustAfterAKey() {
    Instant earlier = MORNING.minusSeconds(3600);
    try (ProjectionStore store = open("incidentes/1"); ProjectionWrite write = store.newWrite()) {
      write.put(StoreKey.of("por-status").text("REPORTED").newestFirst(earlier).text("i-1").bytes(), text("i-1"));
      write.put(StoreKey.of("por-status").text("REPORTED").newestFirst(MORNING).text("i-2").bytes(), text("i-2"));
      write.put(StoreKey.of("por-status").text("REPORTED").newestFirst(MORNING).text("i-3").bytes(), text("i-3"));
      write.put(StoreKey.of("por-status").text("REPORTED_X").newestFirst(MORNING).text("i-4").bytes(), text("i-4"));
      write.put(StoreKey.of("por-status").text("RESTORED").newestFirst(MORNING).text("i-5").bytes(), text("i-5"));
      write.commit();

      byte[] reported = StoreKey.of("por-status").text("REPORTED").bytes();
      assertThat(values(store.scan(reported, null))).containsExactly("i-2", "i-3", "i-1");
      byte[] afterI2 = StoreKey.of("por-status").text("REPORTED").newestFirst(MORNING).text("i-2").bytes();
      assertThat(values(store.scan(reported, afterI2))).containsExactly("i-3", "i-1");
      byte[] afterLast = StoreKey.of("por-status").text("REPORTED").newestFirst(earlier).text("i-1").bytes();
      assertThat(values(store.scan(reported, afterLast))).isEmpty();
    }
  }

  @Test
  void aBackwardScanWalksOneKeyRangeInDescendingOrderFromJustBeforeAKey() {
    try (ProjectionStore store = open("notificacoes/1"); ProjectionWrite write = store.newWrite()) {
      write.put(StoreKey.of("ordem").text("SESA").earliestFirst(MORNING.minusSeconds(60)).text("n-0").bytes(), text("outro"));
      for (int i = 1; i <= 3; i++) {
        write.put(StoreKey.of("ordem").text("SES").earliestFirst(MORNING.plusSeconds(i)).text("n-" + i).bytes(),
            text("n-" + i));
      }
      write.put(StoreKey.of("ordem").text("SEDU").earliestFirst(MORNING.plusSeconds(9)).text("n-9").bytes(), text("antes"));
      write.put(StoreKey.of("ordem-x").text("SES").bytes(), text("outro espaço"));
      write.commit();

      byte[] ses = StoreKey.of("ordem").text("SES").bytes();
      assertThat(values(store.scanBackward(ses, null))).containsExactly("n-3", "n-2", "n-1");
      byte[] beforeN3 = StoreKey.of("ordem").text("SES").earliestFirst(MORNING.plusSeconds(3)).text("n-3").bytes();
      assertThat(values(store.scanBackward(ses, beforeN3))).containsExactly("n-2", "n-1");
      byte[] between = StoreKey.of("ordem").text("SES").earliestFirst(MORNING.plusSeconds(2)).bytes();
      assertThat(values(store.scanBackward(ses, between))).containsExactly("n-1");
      byte[] beforeFirst = StoreKey.of("ordem").text("SES").earliestFirst(MORNING.plusSeconds(1)).text("n-1").bytes();
      assertThat(values(store.scanBackward(ses, beforeFirst))).isEmpty();
      // a bound past the range starts at its end, not at a key of another range
      assertThat(values(store.scanBackward(ses, StoreKey.of("ordem-x").bytes()))).containsExactly("n-3", "n-2", "n-1");
      assertThat(values(store.scanBackward(StoreKey.of("ordem-x").bytes(), null))).containsExactly("outro espaço");
      assertThat(values(store.scanBackward(StoreKey.of("vazio").bytes(), null))).isEmpty();
    }
  }

  @Test
  void instantsOrderEarliestOrNewestFirstAcrossTheEpochAndWithinASecond() {
    List<Instant> instants = List.of(Instant.parse("1969-12-31T23:59:59.5Z"), Instant.EPOCH,
        MORNING, MORNING.plusNanos(1), MORNING.plusSeconds(1));
    for (int i = 1; i < instants.size(); i++) {
      byte[] before = StoreKey.of("t").earliestFirst(instants.get(i - 1)).bytes();
      byte[] after = StoreKey.of("t").earliestFirst(instants.get(i)).bytes();
      assertThat(java.util.Arrays.compareUnsigned(before, after)).isNegative();
      byte[] newerFirst = StoreKey.of("t").newestFirst(instants.get(i)).bytes();
      byte[] olderAfter = StoreKey.of("t").newestFirst(instants.get(i - 1)).bytes();
      assertThat(java.util.Arrays.compareUnsigned(newerFirst, olderAfter)).isNegative();
    }
  }

  @Test
  void keysOfTheStoreItselfAreRefused() {
    try (ProjectionStore store = open("incidentes/1"); ProjectionWrite write = store.newWrite()) {
      assertThatThrownBy(() -> write.put(new byte[] {0, 'p'}, text("x"))).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> store.get(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void textsWithControlCharactersFromUsersMakeKeysOfTheirOwnWithinTheirSegment() {
    byte[] zero = StoreKey.of("c").text("SES\0").text("x").bytes();
    byte[] one = StoreKey.of("c").text("SES\u0001").text("x").bytes();
    byte[] plain = StoreKey.of("c").text("SES").text("x").bytes();
    assertThat(List.of(zero, one, plain)).doesNotHaveDuplicates()
        .allSatisfy(key -> assertThat(key).startsWith(StoreKey.of("c").bytes()));
    assertThat(plain).doesNotContain(1);
    // a zero byte ends the segment only: the prefix of "SES" does not cover "SES\0"'s key
    assertThat(ProjectionStore.startsWith(zero, StoreKey.of("c").text("SES").bytes())).isFalse();
    try (ProjectionStore store = open("incidentes/1"); ProjectionWrite write = store.newWrite()) {
      write.put(zero, text("zero"));
      write.put(plain, text("plain"));
      write.commit();
      assertThat(values(store.scan(StoreKey.of("c").text("SES").bytes(), null))).containsExactly("plain");
    }
  }

  private ProjectionStore open(String layout) {
    return ProjectionStore.open(directory.resolve("modelo"), layout, BUDGET);
  }

  private static byte[] key(String id) {
    return StoreKey.of("incidentes").text(id).bytes();
  }

  private static byte[] text(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> values(Stream<ProjectionStore.Entry> entries) {
    try (entries) {
      return entries.map(entry -> new String(entry.value(), StandardCharsets.UTF_8)).toList();
    }
  }
}
