package br.gov.es.prodest.npi007.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.system.FakeProviders.Email;
import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Scheduled maintenance end to end (NPI-007 5.2.1.3, message 6.5 and its notices), through the
 * gateway only, down to the organs' mailboxes (GreenMail): announced to every organ, reminded,
 * started and completed by the timers; rescheduled; cancelled. An urgent window 75 s ahead and a
 * reminder lead of one minute let the timers fire within the test: the reminder 15 s after the
 * request, well after the announcement. The three flows (of components of their own) run together,
 * each awaited by its test, so the other two take no time beside the timers' minute and a half; so do
 * the incident suite's, started with them on the system both share ({@link DeliveredSystem}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveredMaintenanceFlowsTest {

  /** The shortest lead the maintenance-service takes (leads are whole minutes). */
  static final Duration REMINDER_LEAD = Duration.ofMinutes(1);
  private static final String PURPOSE = "a troca do servidor de banco de dados";

  private FakeProviders providers;
  private RunningSystem system;
  private DeliveredFlows flows;
  private ConcurrentFlows running;

  @BeforeAll
  void useTheSharedSystem() {
    attach(DeliveredSystem.get());
  }

  @AfterAll
  void releaseTheSharedSystem() {
    DeliveredSystem.release(DeliveredMaintenanceFlowsTest.class);
  }

  /** Starts this suite's flows on the shared system (called by it, on an instance of its own). */
  void startFlows(DeliveredSystem shared) {
    attach(shared);
    running.start("timers", this::timersFlow);
    running.start("rescheduled", this::rescheduledFlow);
    running.start("cancelled", this::cancelledFlow);
  }

  private void attach(DeliveredSystem shared) {
    providers = shared.providers;
    system = shared.system;
    flows = shared.flows;
    running = shared.running;
  }

  @Test
  void requestedThenAnnouncedToEveryOrganThenRemindedThenInProgressThenCompleted() {
    running.await("timers");
  }

  private void timersFlow() {
    String component = "Sistema de Folha de Pagamento";
    // the reminder is due 15 s after the request, the start a minute later, the end 10 s after it
    OffsetDateTime start = soon().plusSeconds(75);
    OffsetDateTime end = start.plusSeconds(10);
    String id = request(component, start, end);

    awaitStatus(id, "ANNOUNCED");
    awaitStatus(id, "IN_PROGRESS");
    awaitStatus(id, "COMPLETED");

    String announced = NormMessages.maintenance65(component, start.toString(), end.toString(), PURPOSE,
        occurredAt(id, "MaintenanceRequested"));
    String reminder = NormMessages.reminder65(component, start.toString(), end.toString(), PURPOSE,
        occurredAt(id, "MaintenanceReminderDue"));
    List<Email> emails = flows.emails(component, 2 * flows.everyOrgan().size());
    flows.assertInOrder(emails, flows.everyOrgan(), announced, reminder);
    flows.assertSentOnceToEach(emails, announced, flows.everyOrgan());
    flows.assertSentOnceToEach(emails, reminder, flows.everyOrgan());
    assertThat(providers.whatsAppTexts()).as("6.5 is e-mail only").noneMatch(text -> text.contains(component));
  }

  @Test
  void rescheduledIsAnnouncedAgainSayingSo() {
    running.await("rescheduled");
  }

  private void rescheduledFlow() {
    String component = "Portal do Servidor";
    OffsetDateTime start = soon().plusHours(2);
    OffsetDateTime end = start.plusHours(1);
    String id = request(component, start, end);
    awaitStatus(id, "ANNOUNCED");
    OffsetDateTime newStart = start.plusDays(1);
    OffsetDateTime newEnd = end.plusDays(1);
    maintenanceCommand(id, "reschedule", """
        {"start": "%s", "end": "%s", "urgent": true, "reason": "previsão de chuva forte"}""".formatted(newStart, newEnd));

    String announced = NormMessages.maintenance65(component, start.toString(), end.toString(), PURPOSE,
        occurredAt(id, "MaintenanceRequested"));
    String rescheduled = NormMessages.rescheduled65(component, start.toString(), end.toString(), newStart.toString(),
        newEnd.toString(), "previsão de chuva forte", occurredAt(id, "MaintenanceRescheduled"));
    List<Email> emails = flows.emails(component, 2 * flows.everyOrgan().size());
    flows.assertInOrder(emails, flows.everyOrgan(), announced, rescheduled);
    flows.assertSentOnceToEach(emails, announced, flows.everyOrgan());
    flows.assertSentOnceToEach(emails, rescheduled, flows.everyOrgan());
  }

  @Test
  void cancelledIsAnnouncedToEveryOrgan() {
    running.await("cancelled");
  }

  private void cancelledFlow() {
    String component = "Sistema de Protocolo";
    OffsetDateTime start = soon().plusHours(3);
    OffsetDateTime end = start.plusHours(2);
    String id = request(component, start, end);
    awaitStatus(id, "ANNOUNCED");
    maintenanceCommand(id, "cancel", "{\"reason\": \"o fornecedor adiou a entrega\"}");
    awaitStatus(id, "CANCELLED");

    String announced = NormMessages.maintenance65(component, start.toString(), end.toString(), PURPOSE,
        occurredAt(id, "MaintenanceRequested"));
    String cancelled = NormMessages.cancelled65(component, start.toString(), end.toString(),
        "o fornecedor adiou a entrega", occurredAt(id, "MaintenanceCancelled"));
    List<Email> emails = flows.emails(component, 2 * flows.everyOrgan().size());
    flows.assertInOrder(emails, flows.everyOrgan(), announced, cancelled);
    flows.assertSentOnceToEach(emails, announced, flows.everyOrgan());
    flows.assertSentOnceToEach(emails, cancelled, flows.everyOrgan());
  }

  private String request(String component, OffsetDateTime start, OffsetDateTime end) {
    HttpResponse<String> created = system.post("team", "/api/v1/maintenances", """
        {"component": %s, "start": "%s", "end": "%s", "purpose": %s, "causesUnavailability": true, "urgent": true}"""
        .formatted(DeliveredFlows.json(component), start, end, DeliveredFlows.json(PURPOSE)), null);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JsonPath.read(created.body(), "$.id");
  }

  private void maintenanceCommand(String id, String action, String body) {
    HttpResponse<String> response = system.post("team", "/api/v1/maintenances/" + id + "/" + action, body, null);
    assertThat(response.statusCode()).as(action + ": " + response.body()).isEqualTo(200);
  }

  private void awaitStatus(String id, String status) {
    await().atMost(Duration.ofSeconds(180)).until(
        () -> JsonPath.read(system.get("team", "/api/v1/maintenances/" + id).body(), "$.status"), status::equals);
  }

  private String occurredAt(String id, String eventType) {
    List<String> times = JsonPath.read(system.get("team", "/api/v1/maintenances/" + id).body(),
        "$.history[?(@.type == '" + eventType + "')].occurredAt");
    assertThat(times).as(eventType).isNotEmpty();
    return times.get(0);
  }

  /** Now in Brasília, to the second, as a team would write a window. */
  private static OffsetDateTime soon() {
    return OffsetDateTime.now(ZoneOffset.ofHours(-3)).truncatedTo(ChronoUnit.SECONDS);
  }
}
