package br.gov.es.prodest.npi007.notification.status.application;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.MessageApproved;
import br.gov.es.prodest.npi007.avro.notification.MessageRendered;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.notification.status.adapter.kafka.AvroStatusRecords;
import br.gov.es.prodest.npi007.notification.status.domain.Component;
import br.gov.es.prodest.npi007.paging.PageRequest;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public status on a real store: records applied twice, and in either order across topics. */
class PublicStatusStoreTest {

  static final AvroCodec CODEC = AvroCodec.instance();
  static final Actor TEAM = new Actor("joao.souza", Role.TEAM, "PRODEST", null);
  static final Instant REPORTED = Instant.parse("2026-12-04T13:00:00Z");
  static final Instant NOW = Instant.parse("2026-12-04T16:00:00Z");
  static final List<Component> CATALOGUE = List.of(new Component("siga", "SIGA", "Sistemas corporativos", true));

  @TempDir
  Path directory;

  @Test
  void applyingEveryRecordTwiceChangesNothing() {
    try (ProjectionStore store = open(directory.resolve("twice"))) {
      PublicStatus status = new PublicStatus(store, new AvroStatusRecords(), CATALOGUE);
      apply(store, status, records());
      Map<String, String> once = entries(store);

      List<Boolean> again = apply(store, status, records());

      assertThat(again).containsOnly(false);
      assertThat(entries(store)).isEqualTo(once);
      assertThat(status.overview().incidents()).singleElement()
          .satisfies(incident -> assertThat(incident.updates()).hasSize(1));
    }
  }

  @Test
  void anApprovalReadBeforeItsIncidentsVerdict_appearsWithTheVerdict() {
    List<byte[]> records = records();
    List<byte[]> notificationsFirst = new ArrayList<>(records.subList(2, 4));
    notificationsFirst.addAll(records.subList(0, 2));
    try (ProjectionStore inOrder = open(directory.resolve("in-order"));
        ProjectionStore reversed = open(directory.resolve("reversed"))) {
      PublicStatus first = new PublicStatus(inOrder, new AvroStatusRecords(), CATALOGUE);
      PublicStatus second = new PublicStatus(reversed, new AvroStatusRecords(), CATALOGUE);
      apply(inOrder, first, records);
      apply(reversed, second, notificationsFirst);

      assertThat(second.overview().incidents()).isEqualTo(first.overview().incidents());
      assertThat(second.updates("siga", PageRequest.first(10)).items())
          .isEqualTo(first.updates("siga", PageRequest.first(10)).items()).hasSize(1);
      assertThat(second.component("siga", NOW).orElseThrow().history().get(89).minutesUnavailable()).isEqualTo(180);
    }
  }

  private static List<byte[]> records() {
    String incident = "i-1";
    String notification = "n-1";
    List<SpecificRecord> records = List.of(
        new IncidentReported(envelope(incident, 1, REPORTED), "SIGA", "SESA", "Fora do ar.",
            ReportSource.WHATSAPP_GROUP, "Maria Silva", null, null, null, null, null, null),
        new IncidentTriaged(envelope(incident, 2, REPORTED.plusSeconds(600)), "SIGA", Verdict.CONFIRMED_GENERAL,
            "Sem acesso", null),
        new MessageRendered(envelope(notification, 1, REPORTED.plusSeconds(600)), notification, "6.3", incident, null,
            "e-1", "abc", "Instabilidade no SIGA", List.of(new Rendition(DeliveryChannel.WHATSAPP, null,
                "*Instabilidade no SIGA*", null, List.of())), true),
        new MessageApproved(envelope(notification, 2, REPORTED.plusSeconds(900))));
    return records.stream().map(CODEC::encode).toList();
  }

  private static List<Boolean> apply(ProjectionStore store, PublicStatus status, List<byte[]> records) {
    List<Boolean> applied = new ArrayList<>();
    for (byte[] record : records) {
      try (ProjectionWrite write = store.newWrite()) {
        applied.add(status.apply(write, record));
        write.commit();
      }
    }
    return applied;
  }

  private static Map<String, String> entries(ProjectionStore store) {
    Map<String, String> entries = new TreeMap<>();
    for (byte first = 'a'; first <= 'z'; first++) { // every key space starts with a lower-case letter
      try (Stream<ProjectionStore.Entry> all = store.scan(new byte[] {first}, null)) {
        all.forEach(entry -> entries.put(HexFormat.of().formatHex(entry.key()),
            HexFormat.of().formatHex(entry.value())));
      }
    }
    return entries;
  }

  private static ProjectionStore open(Path path) {
    return ProjectionStore.open(path, PublicStatus.layout(), RocksDbBudget.of(RocksDbBudget.DEFAULT_MEMORY_MB));
  }

  private static EventEnvelope envelope(String aggregateId, long sequence, Instant at) {
    return new EventEnvelope(aggregateId + "/" + sequence, aggregateId, sequence, at, TEAM, Origin.API, "c", "c");
  }
}
