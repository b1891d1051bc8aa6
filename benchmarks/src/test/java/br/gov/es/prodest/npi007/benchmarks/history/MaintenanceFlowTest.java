package br.gov.es.prodest.npi007.benchmarks.history;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.benchmarks.history.MaintenanceFlow.Stage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MaintenanceFlowTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-04T10:15:30Z"), ZoneOffset.UTC);

  @Test
  void anUrgentMaintenanceIsAnnouncedAndCompletedOnceItsWindowStarts() {
    MaintenanceFlow flow = drawn(MaintenanceFlow.COMPLETED);
    GatewayRequest request = flow.next();
    assertThat(request.body()).contains("\"start\":\"2026-12-04T10:15:50Z\"", "\"urgent\":true");
    assertThat(flow.answered("{\"id\":\"mnt-1\",\"status\":\"REQUESTED\"}")).isEqualTo(Flow.Step.NEXT);
    assertThat(flow.next().path()).isEqualTo("/api/v1/notifications?maintenanceId=mnt-1&type=6.5");
    assertThat(flow.answered("[{\"id\":\"msg-1\",\"type\":\"6.5\"}]")).isEqualTo(Flow.Step.NEXT);
    assertThat(flow.next().path()).isEqualTo("/api/v1/notifications/msg-1/approval");
    flow.answered("{\"id\":\"msg-1\",\"status\":\"APPROVED\"}");

    assertThat(flow.next().path()).isEqualTo("/api/v1/maintenances/mnt-1");
    assertThat(flow.answered("{\"id\":\"mnt-1\",\"status\":\"ANNOUNCED\"}")).isEqualTo(Flow.Step.AGAIN_LATER);
    assertThat(flow.answered("{\"id\":\"mnt-1\",\"status\":\"IN_PROGRESS\"}")).isEqualTo(Flow.Step.NEXT);
    assertThat(flow.next().path()).isEqualTo("/api/v1/maintenances/mnt-1/completion");
    assertThat(flow.answered("{\"id\":\"mnt-1\",\"status\":\"COMPLETED\"}")).isEqualTo(Flow.Step.DONE);
  }

  @Test
  void aMaintenanceWhoseWindowAlreadyEndedNeedsNoCompletion() {
    MaintenanceFlow flow = drawn(MaintenanceFlow.COMPLETED);
    flow.answered("{\"id\":\"mnt-1\"}");
    flow.answered("[{\"id\":\"msg-1\",\"type\":\"6.5\"}]");
    flow.answered("{}");
    assertThat(flow.answered("{\"id\":\"mnt-1\",\"status\":\"COMPLETED\"}")).isEqualTo(Flow.Step.DONE);
  }

  @Test
  void aRescheduledMaintenanceMovesItsWindowADayAndIsCancelledWithEachNoticeApproved() {
    MaintenanceFlow flow = drawn(MaintenanceFlow.CANCELLED);
    List<GatewayRequest> sent = new ArrayList<>();
    Flow.Step step;
    do {
      GatewayRequest request = flow.next();
      sent.add(request);
      int type = request.path().indexOf("&type=");
      step = flow.answered(type < 0 ? "{\"id\":\"mnt-1\"}"
          : "[{\"id\":\"msg-" + sent.size() + "\",\"type\":\"" + java.net.URLDecoder.decode(
              request.path().substring(type + 6), java.nio.charset.StandardCharsets.UTF_8) + "\"}]");
    } while (step != Flow.Step.DONE);

    assertThat(sent).extracting(GatewayRequest::path).containsExactly("/api/v1/maintenances",
        "/api/v1/notifications?maintenanceId=mnt-1&type=6.5", "/api/v1/notifications/msg-2/approval",
        "/api/v1/maintenances/mnt-1/reschedule", "/api/v1/notifications?maintenanceId=mnt-1&type=6.5-reagendamento",
        "/api/v1/notifications/msg-5/approval", "/api/v1/maintenances/mnt-1/cancel",
        "/api/v1/notifications?maintenanceId=mnt-1&type=6.5-cancelamento", "/api/v1/notifications/msg-8/approval");
    assertThat(sent.get(0).body()).contains("\"start\":\"2026-12-07T10:00Z\"", "\"urgent\":false");
    assertThat(sent.get(3).body()).contains("\"start\":\"2026-12-08T10:00Z\"", "\"end\":\"2026-12-08T12:00Z\"");
  }

  private static MaintenanceFlow drawn(List<Stage> plan) {
    for (long seed = 0; ; seed++) {
      MaintenanceFlow flow = new MaintenanceFlow("run1", 9, CLOCK, new SplittableRandom(seed));
      if (flow.plan() == plan) {
        return flow;
      }
    }
  }
}
