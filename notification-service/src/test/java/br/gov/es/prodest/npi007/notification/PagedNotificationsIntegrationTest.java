package br.gov.es.prodest.npi007.notification;

import static br.gov.es.prodest.npi007.notification.IncidentEvents.joined;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.reported;
import static br.gov.es.prodest.npi007.notification.IncidentEvents.triaged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.avro.incident.Verdict;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The outbox list over HTTP, a page at a time (CONTRACTS.md, "Internal query APIs"). */
class PagedNotificationsIntegrationTest extends ServiceOnRealBroker {

  private static final String PORTAL = "Portal do Servidor – Contracheque";

  @Test
  void anIncidentsMessagesAreWalkedByTheNextCursorHeaderUntilTheLastPage() throws Exception {
    String incidentId = UUID.randomUUID().toString();
    send(incidentId, reported(incidentId, PORTAL, ReportSource.WHATSAPP_GROUP, Instant.parse("2025-03-16T10:00:00Z")));
    send(incidentId, joined(incidentId, 2, PORTAL, ReportSource.WHATSAPP_GROUP, Instant.parse("2025-03-16T10:05:00Z")));
    send(incidentId, triaged(incidentId, 3, PORTAL, Verdict.NOT_CONFIRMED, null, null,
        Instant.parse("2025-03-16T10:30:00Z")));
    String all = "/internal/notifications?limit=500&incidentId=" + incidentId;
    await().atMost(PATIENCE).until(() -> json(all).size() == 3);

    HttpResponse<String> first = get("/internal/notifications?limit=2&incidentId=" + incidentId);
    String cursor = first.headers().firstValue("Npi007-Next-Cursor").orElseThrow();
    HttpResponse<String> last = get("/internal/notifications?limit=2&incidentId=" + incidentId + "&cursor=" + cursor);

    assertThat(cursor).matches("[A-Za-z0-9_-]+");
    List<String> walked = new ArrayList<>(ids(first));
    walked.addAll(ids(last));
    assertThat(walked).isEqualTo(json(all).findValuesAsString("id")).hasSize(3);
    assertThat(ids(first)).hasSize(2);
    assertThat(last.headers().firstValue("Npi007-Next-Cursor")).isEmpty();
  }

  @Test
  void newestFirstWalksTheSameMessagesBackwardWithCursorsOfItsOwn() throws Exception {
    String incidentId = UUID.randomUUID().toString();
    send(incidentId, reported(incidentId, PORTAL, ReportSource.WHATSAPP_GROUP, Instant.parse("2025-03-17T10:00:00Z")));
    send(incidentId, joined(incidentId, 2, PORTAL, ReportSource.WHATSAPP_GROUP, Instant.parse("2025-03-17T10:05:00Z")));
    send(incidentId, triaged(incidentId, 3, PORTAL, Verdict.NOT_CONFIRMED, null, null,
        Instant.parse("2025-03-17T10:30:00Z")));
    String oldest = "/internal/notifications?limit=500&order=oldest&incidentId=" + incidentId;
    await().atMost(PATIENCE).until(() -> json(oldest).size() == 3);

    HttpResponse<String> first = get("/internal/notifications?order=newest&limit=2&incidentId=" + incidentId);
    String cursor = first.headers().firstValue("Npi007-Next-Cursor").orElseThrow();
    HttpResponse<String> last = get("/internal/notifications?order=newest&limit=2&incidentId=" + incidentId
        + "&cursor=" + cursor);
    HttpResponse<String> crossed = get("/internal/notifications?limit=2&incidentId=" + incidentId + "&cursor=" + cursor);

    List<String> walked = new ArrayList<>(ids(first));
    walked.addAll(ids(last));
    List<String> renderingOrder = new ArrayList<>(json(oldest).findValuesAsString("id"));
    Collections.reverse(renderingOrder);
    assertThat(walked).isEqualTo(renderingOrder).hasSize(3);
    assertThat(json("/internal/notifications?limit=500&incidentId=" + incidentId).findValuesAsString("id"))
        .isEqualTo(json(oldest).findValuesAsString("id"));
    assertThat(last.headers().firstValue("Npi007-Next-Cursor")).isEmpty();
    assertThat(crossed.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(crossed.body()).get("code").asString()).isEqualTo("INVALID_CURSOR");
  }

  @Test
  void anUnknownOrderIsA400ProblemInPortuguese() throws Exception {
    HttpResponse<String> refused = get("/internal/notifications?order=recentes");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(JSON.readTree(refused.body()).get("detail").asString())
        .isEqualTo("O parâmetro order aceita oldest ou newest, não \"recentes\".");
  }

  @Test
  void aBadLimitOrCursorIsA400ProblemWithItsCode() throws Exception {
    for (String path : List.of("/internal/notifications?limit=0", "/internal/notifications?limit=501",
        "/internal/notifications?limit=muitos")) {
      HttpResponse<String> refused = get(path);
      assertThat(refused.statusCode()).as(path).isEqualTo(400);
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(JSON.readTree(refused.body()).get("code").asString()).isEqualTo("INVALID_LIMIT");
    }
    HttpResponse<String> badCursor = get("/internal/notifications?cursor=bm9uc2Vuc2U");
    assertThat(badCursor.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(badCursor.body()).get("code").asString()).isEqualTo("INVALID_CURSOR");
    assertThat(JSON.readTree(badCursor.body()).get("detail").asString())
        .isEqualTo("O cursor de paginação é inválido; recomece a consulta sem ele.");
  }

  private static List<String> ids(HttpResponse<String> response) throws Exception {
    return JSON.readTree(response.body()).findValuesAsString("id");
  }
}
