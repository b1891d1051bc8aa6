package br.gov.es.prodest.npi007.notification;

import static br.gov.es.prodest.npi007.notification.IncidentEvents.notificationIdOf;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.reported;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.restored;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.triaged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.CommandMetadata;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.component.ComponentUpdated;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.IncidentTriaged;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.incident.ServiceRestored;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceAnnounced;
import br.gov.es.prodest.npi007.avro.maintenance.MaintenanceRequested;
import br.gov.es.prodest.npi007.avro.notification.ApproveMessage;
import br.gov.es.prodest.npi007.avro.notification.DeliveryChannel;
import br.gov.es.prodest.npi007.avro.notification.Rendition;
import br.gov.es.prodest.npi007.notification.status.application.PublicStatus;
import br.gov.es.prodest.npi007.projection.ProjectionStore;
import br.gov.es.prodest.npi007.projection.ProjectionWrite;
import br.gov.es.prodest.npi007.projection.RocksDbBudget;
import br.gov.es.prodest.npi007.projection.StoreKey;
import br.gov.es.prodest.npi007.schemas.Topics;
import br.gov.es.prodest.npi007.testing.kafka.SharedKafkaBroker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public status on a real broker: incident, maintenance, notification and component records
 * in, the three {@code /internal/status} answers out over HTTP; then the service stopped and started
 * again on the same data directory, resuming from its store.
 */
class PublicStatusIntegrationTest {

  static final Duration PATIENCE = Duration.ofSeconds(60);
  static final JsonMapper JSON = JsonMapper.builder().build();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final Actor ASCOM = new Actor("ana.ascom", Role.ASCOM, "PRODEST", null);
  static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  static final String NAME = "Sistema Situação " + RUN;
  static final String SLUG = "sistema-situacao-" + RUN;
  static final String LATER_NAME = "Portal Tardio " + RUN;
  static final String LATER_SLUG = "portal-tardio-" + RUN;
  // Whole minutes: each day counts a started minute of an outage as a minute, so an outage that crosses São
  // Paulo's midnight at a second within a minute would count one minute more (a run between 00:10 and 02:00).
  static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MINUTES);
  static final Instant REPORTED = NOW.minus(2, ChronoUnit.HOURS);
  static final Instant RESTORED = NOW.minus(10, ChronoUnit.MINUTES);
  static final String EDITED = "*Instabilidade no " + NAME + "*\nA equipe técnica já atua na correção.";
  /** A value no replay of the topics can produce: it stays only if the store is resumed, not rebuilt. */
  static final String SENTINEL = "2000-01-01T00:00:00Z";

  @Test
  void thePublicPageShowsOnlyWhatIsPublic_andResumesFromItsStoreAfterARestart() throws Exception {
    String dataDir = "target/it-data/" + UUID.randomUUID();
    String general = UUID.randomUUID().toString();
    String restricted = UUID.randomUUID().toString();
    String unconfirmed = UUID.randomUUID().toString();
    String later = UUID.randomUUID().toString();
    String maintenance = UUID.randomUUID().toString();
    String restorationId;
    try (ConfigurableApplicationContext first = service(dataDir)) {
      String port = port(first);
      await().atMost(PATIENCE).until(() -> get(port, "/actuator/health").statusCode() == 200);
      putComponent(SLUG, NAME, true, 1);

      // one incident confirmed for everyone, one restricted to an organ, one not confirmed
      IncidentTriaged confirmed = confirm(general, NAME, Verdict.CONFIRMED_GENERAL, null);
      confirm(restricted, NAME, Verdict.CONFIRMED_RESTRICTED, "SESA");
      confirm(unconfirmed, NAME, Verdict.NOT_CONFIRMED, null);
      String confirmation = notificationIdOf(confirmed.getEnvelope(), "6.3");
      DeliveryTopics.awaitRendered(notificationIdOf(confirmed.getEnvelope(), "6.3"));
      JsonNode status = await().atMost(PATIENCE).until(() -> json(port, "/internal/status"),
          shown -> incident(shown, general) != null && component(shown, SLUG) != null);
      assertThat(component(status, SLUG).get("state").asString()).isEqualTo("UNAVAILABLE");
      assertThat(component(status, SLUG).get("since").asString()).isEqualTo(REPORTED.toString());
      assertThat(component(status, SLUG).get("group").asString()).isEqualTo("Testes " + RUN);
      assertThat(status.get("overall").asString()).isEqualTo("UNAVAILABLE");
      assertThat(incident(status, restricted)).isNull();
      assertThat(incident(status, unconfirmed)).isNull();
      // the 6.3 awaits ASCOM's review: not public yet
      assertThat(incident(status, general).get("updates")).isEmpty();
      assertThat(incident(status, general).get("startedAt").asString()).isEqualTo(REPORTED.toString());
      assertThat(status.toString()).doesNotContain("SESA", "Maria Silva", "Não consigo acessar");

      // ASCOM approves it with an edit: the edited text is public, without the bold markers
      approve(confirmation, List.of(new Rendition(DeliveryChannel.WHATSAPP, null, EDITED, null, List.of())));
      JsonNode update = await().atMost(PATIENCE).until(() -> incident(json(port, "/internal/status"), general)
          .get("updates"), updates -> updates.size() == 1).get(0);
      assertThat(update.get("id").asString()).isEqualTo(confirmation);
      assertThat(update.get("message").asString()).isEqualTo("6.3");
      assertThat(update.get("text").asString()).isEqualTo(EDITED.replace("*", ""));
      assertThat(update.get("title").isNull()).isFalse();

      // a component not in the catalogue: its incident appears once the component is made public
      confirm(later, LATER_NAME, Verdict.CONFIRMED_GENERAL, null);
      await().atMost(PATIENCE).until(() -> json(port, "/internal/notifications?incidentId=" + later).size() >= 2);
      assertThat(incident(json(port, "/internal/status"), later)).isNull();
      assertThat(get(port, "/internal/status/components/" + LATER_SLUG).statusCode()).isEqualTo(404);
      putComponent(LATER_SLUG, LATER_NAME, true, 1);
      JsonNode withLater = await().atMost(PATIENCE).until(() -> json(port, "/internal/status"),
          shown -> incident(shown, later) != null);
      assertThat(component(withLater, LATER_SLUG).get("state").asString()).isEqualTo("UNAVAILABLE");
      assertThat(incident(withLater, later).get("component").get("name").asString()).isEqualTo(LATER_NAME);

      // a maintenance: public once announced
      Instant start = NOW.plus(1, ChronoUnit.DAYS);
      sendMaintenance(maintenance, new MaintenanceRequested(envelope(maintenance, 1, NOW), NAME, start,
          start.plus(4, ChronoUnit.HOURS), "Atualização", true, false, null, List.of(), List.of(1440, 60), null));
      await().atMost(PATIENCE).until(() -> json(port, "/internal/notifications?maintenanceId=" + maintenance)
          .size() >= 1);
      assertThat(json(port, "/internal/status").get("maintenances").toString()).doesNotContain(maintenance);
      // announced after the 6.3's approval: the newer of the two in the feed
      sendMaintenance(maintenance, new MaintenanceAnnounced(envelope(maintenance, 2, Instant.now().plusSeconds(1)),
          UUID.randomUUID().toString(), "6.5"));
      JsonNode scheduled = await().atMost(PATIENCE).until(() -> maintenance(json(port, "/internal/status"),
          maintenance), found -> found != null);
      assertThat(scheduled.get("state").asString()).isEqualTo("SCHEDULED");
      assertThat(scheduled.get("start").asString()).isEqualTo(start.toString());
      assertThat(scheduled.get("component").get("slug").asString()).isEqualTo(SLUG);

      // the service is restored: the incident is history, the component operational again
      ServiceRestored restoration = restored(general, 3, NAME, RESTORED);
      DeliveryTopics.send(Topics.INCIDENT_EVENTS.name(), general, restoration);
      restorationId = notificationIdOf(restoration.getEnvelope(), "6.4");
      DeliveryTopics.awaitRendered(restorationId);
      JsonNode page = await().atMost(PATIENCE).until(() -> json(port, "/internal/status/components/" + SLUG),
          shown -> shown.get("component").get("state").asString().equals("OPERATIONAL"));
      assertThat(page.get("component").get("since").asString()).isEqualTo(RESTORED.toString());
      assertThat(page.get("history")).hasSize(90);
      assertThat(StreamSupport.stream(page.get("history").spliterator(), false)
          .mapToInt(day -> day.get("minutesUnavailable").asInt()).sum()).isEqualTo(110);
      assertThat(page.get("incidents")).singleElement().satisfies(incident -> {
        assertThat(incident.get("id").asString()).isEqualTo(general);
        assertThat(incident.get("state").asString()).isEqualTo("RESTORED");
        assertThat(incident.get("restoredAt").asString()).isEqualTo(RESTORED.toString());
      });
      assertThat(page.get("maintenances")).extracting(found -> found.get("id").asString()).containsExactly(maintenance);
      await().atMost(PATIENCE).until(() -> json(port, "/internal/notifications/" + restorationId) != null);

      // the feed, newest first, with the time of the last change
      HttpResponse<String> feed = get(port, "/internal/status/updates?component=" + SLUG);
      assertThat(feed.statusCode()).isEqualTo(200);
      assertThat(feed.headers().firstValue("Npi007-Last-Changed")).isPresent();
      JsonNode entries = JSON.readTree(feed.body());
      assertThat(entries).extracting(entry -> entry.get("id").asString())
          .containsExactly(maintenance + "/SCHEDULED", confirmation);
      assertThat(entries.get(0).get("kind").asString()).isEqualTo("MAINTENANCE");
      assertThat(entries.get(0).get("maintenanceId").asString()).isEqualTo(maintenance);
      assertThat(entries.get(0).has("incidentId")).isFalse();
      assertThat(entries.get(0).get("text").asString()).startsWith("Manutenção programada de ");
      assertThat(entries.get(1).get("kind").asString()).isEqualTo("INCIDENT_UPDATE");
      assertThat(entries.get(1).get("incidentId").asString()).isEqualTo(general);
      HttpResponse<String> onePage = get(port, "/internal/status/updates?component=" + SLUG + "&limit=1");
      assertThat(JSON.readTree(onePage.body())).hasSize(1);
      String next = onePage.headers().firstValue("Npi007-Next-Cursor").orElseThrow();
      assertThat(JSON.readTree(get(port, "/internal/status/updates?component=" + SLUG + "&limit=1&cursor=" + next)
          .body()).get(0).get("id").asString()).isEqualTo(confirmation);
      assertThat(JSON.readTree(get(port, "/internal/status/updates?limit=0").body()).get("code").asString())
          .isEqualTo("INVALID_LIMIT");
    }

    // stopped: mark the store where only a resumed (not rebuilt) read model keeps the mark
    Path store = Path.of(dataDir, "notification-service", "read-models", "public-status");
    try (ProjectionStore opened = ProjectionStore.open(store, PublicStatus.layout(),
        RocksDbBudget.of(RocksDbBudget.DEFAULT_MEMORY_MB)); ProjectionWrite write = opened.newWrite()) {
      write.put(StoreKey.of("last-changed").bytes(), SENTINEL.getBytes(StandardCharsets.UTF_8));
      write.commit();
    }

    try (ConfigurableApplicationContext second = service(dataDir)) {
      String port = port(second);
      await().atMost(PATIENCE).until(() -> get(port, "/actuator/health").statusCode() == 200);
      JsonNode resumed = json(port, "/internal/status");
      assertThat(resumed.get("lastChangedAt").asString()).isEqualTo(SENTINEL);
      assertThat(component(resumed, SLUG).get("state").asString()).isEqualTo("OPERATIONAL");
      assertThat(incident(resumed, later)).isNotNull();

      // what comes after the restart is applied: ASCOM approves the 6.4
      approve(restorationId, List.of());
      JsonNode page = await().atMost(PATIENCE).until(() -> json(port, "/internal/status/components/" + SLUG),
          shown -> shown.get("incidents").get(0).get("updates").size() == 2);
      assertThat(page.get("incidents").get(0).get("updates").get(1).get("message").asString()).isEqualTo("6.4");
      assertThat(Instant.parse(page.get("lastChangedAt").asString())).isAfter(Instant.parse(SENTINEL));
    }
  }

  private static IncidentTriaged confirm(String incidentId, String component, Verdict verdict, String organ) {
    IncidentReported report = reported(incidentId, component, ReportSource.WHATSAPP_GROUP, REPORTED);
    IncidentTriaged triage = triaged(incidentId, 2, component, verdict, verdict == Verdict.NOT_CONFIRMED ? null
        : "Sem acesso ao sistema", organ, REPORTED.plus(20, ChronoUnit.MINUTES));
    DeliveryTopics.send(Topics.INCIDENT_EVENTS.name(), incidentId, report);
    DeliveryTopics.send(Topics.INCIDENT_EVENTS.name(), incidentId, triage);
    return triage;
  }

  /** An ADMIN's change of the component catalogue, as the gateway writes it. */
  private static void putComponent(String slug, String name, boolean isPublic, long sequence) {
    DeliveryTopics.send(Topics.COMPONENTS.name(), slug, new ComponentUpdated(new EventEnvelope(
        UUID.randomUUID().toString(), slug, sequence, NOW, new Actor("admin", Role.ADMIN, null, null), Origin.API,
        UUID.randomUUID().toString(), UUID.randomUUID().toString()), slug, name, "Testes " + RUN, isPublic));
  }

  private static void sendMaintenance(String maintenanceId, org.apache.avro.specific.SpecificRecord event) {
    DeliveryTopics.send(Topics.MAINTENANCE_EVENTS.name(), maintenanceId, event);
  }

  private static EventEnvelope envelope(String aggregateId, long sequence, Instant at) {
    String commandId = UUID.randomUUID().toString();
    return new EventEnvelope(UUID.randomUUID().toString(), aggregateId, sequence, at,
        new Actor("joao.souza", Role.TEAM, "PRODEST", null), Origin.API, commandId, commandId);
  }

  private static void approve(String notificationId, List<Rendition> edits) {
    String commandId = UUID.randomUUID().toString();
    DeliveryTopics.send(Topics.NOTIFICATION_COMMANDS.name(), notificationId, new ApproveMessage(new CommandMetadata(
        commandId, UUID.randomUUID().toString(), Instant.now(), ASCOM, Origin.API, null), notificationId, edits));
  }

  private static JsonNode incident(JsonNode status, String id) {
    return find(status.get("incidents"), id);
  }

  private static JsonNode maintenance(JsonNode status, String id) {
    return find(status.get("maintenances"), id);
  }

  private static JsonNode component(JsonNode status, String slug) {
    for (JsonNode component : status.get("components")) {
      if (component.get("slug").asString().equals(slug)) {
        return component;
      }
    }
    return null;
  }

  private static JsonNode find(JsonNode list, String id) {
    for (JsonNode item : list) {
      if (item.get("id").asString().equals(id)) {
        return item;
      }
    }
    return null;
  }

  private static ConfigurableApplicationContext service(String dataDir) {
    return new SpringApplicationBuilder(NotificationServiceApplication.class).run(
        "--spring.kafka.bootstrap-servers=" + SharedKafkaBroker.bootstrapServers(), "--server.port=0",
        "--NPI007_DATA_DIR=" + dataDir, "--NPI007_REVIEW_MESSAGES=6.1,6.3,6.4,6.5,6.6");
  }

  private static String port(ConfigurableApplicationContext context) {
    return context.getEnvironment().getProperty("local.server.port");
  }

  private static HttpResponse<String> get(String port, String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(String port, String path) throws Exception {
    HttpResponse<String> response = get(port, path);
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }
}
