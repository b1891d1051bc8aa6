package br.gov.es.prodest.npi007.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.schemas.TopicSpec;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.standalone.Ports;
import br.gov.es.prodest.npi007.standalone.broker.SingleNodeBroker;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Upgrade in place (issue 10): a data directory written by the released version starts under this
 * version with every incident, maintenance, notification and delivery as the released version showed
 * them, and nothing is sent again. The services' own stores are absent, as after an upgrade whose
 * stores changed: they are rebuilt from the topics.
 *
 * <p><b>The fixture.</b> {@code src/test/resources/upgrade/fixture.jsonl.gz} is the broker of a
 * {@code ./npi007 up} of commit {@code e3d156e} (the version released before issue 10's redesign)
 * dumped by {@link TopicDump}: every topic (changelogs and repartition topics too), each partition's
 * offsets, markers and log start, every group's committed offsets. {@code manifest.json} next to it
 * is what that version answered through its gateway once the flows were done: incidents (one
 * restored after 6.1–6.4 and a statement, one open and confirmed for one organ with its 6.1 still
 * pending review, one not confirmed), the notifications with their texts and deliveries (e-mail to
 * {@code .eml} files, WhatsApp by the {@code manual} provider, i.e. posted by ASCOM) and the
 * maintenances (one announced and completed, one cancelled, one announced for 2036).
 *
 * <p><b>To make it again</b> (with the released version, never this one):
 * <ol>
 *   <li>{@code git worktree add --detach /work/wt-old e3d156e}, and in it
 *       {@code mvn -B -q -ntp -DskipTests package};</li>
 *   <li>{@code NPI007_DATA_DIR=/tmp/upg-old NPI007_STANDALONE_PASSWORD=senha-upg NPI007_GATEWAY_PORT=28080
 *       NPI007_KAFKA_PORT=29092 NPI007_INCIDENT_SERVICE_PORT=28181 NPI007_NOTIFICATION_SERVICE_PORT=28182
 *       NPI007_MAINTENANCE_SERVICE_PORT=28183 ./npi007 up} there;</li>
 *   <li>{@code bash system-tests/src/test/resources/upgrade/make-fixture.sh} (the flows through the
 *       gateway, then the manifest); stop the stack with Ctrl-C (a clean stop: no open transaction);</li>
 *   <li>from this checkout, {@code mvn -B -ntp -pl system-tests -am verify -Dtest=UpgradeFixtureExport
 *       -Dsurefire.failIfNoSpecifiedTests=false -Dnpi007.upgrade.export=/tmp/upg-old};</li>
 *   <li>{@code git worktree remove --force /work/wt-old}, {@code rm -rf /tmp/upg-old}.</li>
 * </ol>
 */
class UpgradeInPlaceTest {

  /** After the services are UP (read models caught up), how long anything sent again would have to show. */
  private static final Duration SETTLE = Duration.ofSeconds(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aDataDirectoryOfTheReleasedVersionStartsIntactAndSendsNothingAgain(@TempDir Path dataDir) {
    List<FixtureLine> fixture = fixture();
    JsonNode manifest = manifest();
    long importStarted = System.nanoTime();
    try (SingleNodeBroker broker = SingleNodeBroker.start(dataDir.resolve("kafka"), Ports.free().kafka())) {
      TopicRestore.restore(broker.bootstrapServers(), fixture);
    }
    System.out.printf("fixture importado e conferido em %d ms%n", Duration.ofNanos(System.nanoTime() - importStarted).toMillis());

    try (FakeProviders providers = FakeProviders.start();
        RunningSystem system = RunningSystem.start(dataDir, Ports.free(), providers.environment())) {
      assertIncidents(system, manifest.get("incidents"));
      assertMaintenances(system, manifest.get("maintenances"));
      assertNotifications(system, manifest.get("notifications"));

      DeliveredFlows.pause(SETTLE);
      assertThat(endOffsets(system, Topics.NOTIFICATIONS)).as("nothing rendered again")
          .isEqualTo(endOffsets(fixture, Topics.NOTIFICATIONS));
      assertThat(endOffsets(system, Topics.DELIVERIES)).as("nothing delivered again")
          .isEqualTo(endOffsets(fixture, Topics.DELIVERIES));
      assertThat(providers.emails()).as("no e-mail sent again").isEmpty();
      assertThat(providers.whatsAppTexts()).as("no WhatsApp message sent again").isEmpty();

      restoreTheOpenIncident(system, manifest);
    }
  }

  private static void assertIncidents(RunningSystem system, JsonNode expected) {
    assertThat(ids(system.get("team", "/api/v1/incidents?limit=500"))).containsExactlyInAnyOrderElementsOf(ids(expected));
    for (JsonNode incident : expected) {
      HttpResponse<String> found = system.get("team", "/api/v1/incidents/" + incident.get("id").asText());
      assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
      assertThat(fields(found.body(), "status", "version", "component", "organ")).as(incident.get("id").asText())
          .isEqualTo(fields(incident, "status", "version", "component", "organ"));
    }
  }

  private static void assertMaintenances(RunningSystem system, JsonNode expected) {
    assertThat(ids(system.get("team", "/api/v1/maintenances?limit=500"))).containsExactlyInAnyOrderElementsOf(ids(expected));
    for (JsonNode maintenance : expected) {
      HttpResponse<String> found = system.get("team", "/api/v1/maintenances/" + maintenance.get("id").asText());
      assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
      assertThat(fields(found.body(), "status", "version", "component")).as(maintenance.get("id").asText())
          .isEqualTo(fields(maintenance, "status", "version", "component"));
    }
  }

  /** Each message word for word, with its status and each delivery's target and status. */
  private static void assertNotifications(RunningSystem system, JsonNode expected) {
    assertThat(ids(system.get("ascom", "/api/v1/notifications?limit=500"))).containsExactlyInAnyOrderElementsOf(ids(expected));
    for (JsonNode notification : expected) {
      HttpResponse<String> found = system.get("ascom", "/api/v1/notifications/" + notification.get("id").asText());
      assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
      JsonNode actual = tree(found.body());
      String id = notification.get("id").asText();
      assertThat(fields(actual, "type", "status", "incidentId", "maintenanceId", "subject", "text")).as(id)
          .isEqualTo(fields(notification, "type", "status", "incidentId", "maintenanceId", "subject", "text"));
      assertThat(deliveries(actual)).as(id + ": deliveries").isEqualTo(deliveries(notification));
    }
  }

  /** A new command on an incident the released version left open: accepted, and its message rendered. */
  private static void restoreTheOpenIncident(RunningSystem system, JsonNode manifest) {
    List<JsonNode> confirmed = new ArrayList<>();
    manifest.get("incidents").forEach(incident -> {
      if (incident.get("status").asText().startsWith("CONFIRMED_")) {
        confirmed.add(incident);
      }
    });
    assertThat(confirmed).as("the manifest's open, confirmed incident").hasSize(1);
    JsonNode open = confirmed.get(0);
    String id = open.get("id").asText();
    HttpResponse<String> restored = system.post("team", "/api/v1/incidents/" + id + "/restoration",
        "{\"note\": \"Restabelecido após a atualização\"}", null);
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    assertThat(JsonPath.<String>read(restored.body(), "$.status")).isEqualTo("RESTORED");
    assertThat(JsonPath.<Integer>read(restored.body(), "$.version")).isEqualTo(open.get("version").asInt() + 1);

    List<Map<String, Object>> rendered = await().atMost(Duration.ofSeconds(90)).until(() -> JsonPath.read(
        system.get("ascom", "/api/v1/notifications?incidentId=" + id + "&type=6.4").body(), "$"), found -> !found.isEmpty());
    assertThat(rendered).singleElement().satisfies(message -> {
      assertThat(message.get("status")).isEqualTo("PENDING_REVIEW");
      assertThat(JsonPath.<String>read(message, "$.text.whatsapp"))
          .isEqualTo(NormMessages.restored64(open.get("component").asText(), (String) message.get("renderedAt")));
    });
  }

  private static List<String> ids(HttpResponse<String> list) {
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return ids(tree(list.body()));
  }

  private static List<String> ids(JsonNode array) {
    List<String> ids = new ArrayList<>();
    array.forEach(each -> ids.add(each.get("id").asText()));
    return ids;
  }

  private static Map<String, JsonNode> fields(String body, String... names) {
    return fields(tree(body), names);
  }

  private static Map<String, JsonNode> fields(JsonNode node, String... names) {
    Map<String, JsonNode> fields = new TreeMap<>();
    for (String name : names) {
      fields.put(name, node.path(name));
    }
    return fields;
  }

  private static Map<String, Map<String, JsonNode>> deliveries(JsonNode notification) {
    Map<String, Map<String, JsonNode>> deliveries = new TreeMap<>();
    notification.path("deliveries").forEach(delivery -> deliveries.put(delivery.get("deliveryId").asText(),
        fields(delivery, "channel", "provider", "recipient", "status")));
    return deliveries;
  }

  private static Map<Integer, Long> endOffsets(RunningSystem system, TopicSpec topic) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.bootstrapServers()))) {
      Map<TopicPartition, OffsetSpec> latest = IntStream.range(0, topic.partitions()).boxed()
          .collect(Collectors.toMap(p -> new TopicPartition(topic.name(), p), p -> OffsetSpec.latest()));
      return admin.listOffsets(latest).all().get().entrySet().stream()
          .collect(Collectors.toMap(entry -> entry.getKey().partition(), entry -> entry.getValue().offset(), (a, b) -> a, TreeMap::new));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<Integer, Long> endOffsets(List<FixtureLine> fixture, TopicSpec topic) {
    return fixture.stream().filter(line -> line.kind().equals("partition") && line.topic().equals(topic.name()))
        .collect(Collectors.toMap(FixtureLine::partition, FixtureLine::endOffset, (a, b) -> a, TreeMap::new));
  }

  private static List<FixtureLine> fixture() {
    try (InputStream in = resource("/upgrade/fixture.jsonl.gz")) {
      return FixtureLine.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode manifest() {
    try (InputStream in = resource("/upgrade/manifest.json")) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = UpgradeInPlaceTest.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("recurso ausente: " + name);
    }
    return in;
  }

  private static JsonNode tree(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
