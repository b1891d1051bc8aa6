package br.gov.es.prodest.npi007.benchmarks.history;

import static org.assertj.core.api.Assertions.assertThat;

import br.gov.es.prodest.npi007.benchmarks.history.IncidentFlow.Stage;
import br.gov.es.prodest.npi007.benchmarks.history.IncidentFlow.Verdict;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class IncidentFlowTest {

  private static final List<String> ORGANS = List.of("SESA", "SEDU", "SEFAZ");

  @Test
  void aConfirmedIncidentWithEverythingWalksTheNormInOrder() {
    assertThat(IncidentFlow.plan(true, Verdict.CONFIRMED_GENERAL, true, true)).containsExactly(Stage.REPORT, Stage.JOIN,
        Stage.FIND_RECEIPT, Stage.POST_RECEIPT, Stage.LINK_SA, Stage.TRIAGE, Stage.FIND_VERDICT_MESSAGE,
        Stage.RELEASE_VERDICT_MESSAGE, Stage.CONFIRMATION_STATEMENT, Stage.RESTORE, Stage.FIND_RESTORATION_MESSAGE,
        Stage.APPROVE_RESTORATION_MESSAGE, Stage.RESTORATION_STATEMENT);
  }

  @Test
  void aNotConfirmedIncidentEndsWithItsVerdictsMessage() {
    assertThat(IncidentFlow.plan(false, Verdict.NOT_CONFIRMED, true, true)).containsExactly(Stage.REPORT,
        Stage.FIND_RECEIPT, Stage.POST_RECEIPT, Stage.LINK_SA, Stage.TRIAGE, Stage.FIND_VERDICT_MESSAGE,
        Stage.RELEASE_VERDICT_MESSAGE);
  }

  @Test
  void eachRequestUsesTheIdsOfTheAnswersBeforeIt() {
    IncidentFlow flow = flowWith(Verdict.CONFIRMED_GENERAL);
    List<GatewayRequest> sent = walk(flow);

    assertThat(sent.get(0)).satisfies(report -> {
      assertThat(report.method()).isEqualTo("POST");
      assertThat(report.path()).isEqualTo("/api/v1/incidents");
      assertThat(report.user()).startsWith("notifier-");
      assertThat(report.body()).contains("\"source\":\"WHATSAPP_GROUP\"");
    });
    assertThat(sent).filteredOn(request -> request.path().startsWith("/api/v1/incidents/"))
        .allSatisfy(request -> assertThat(request.path()).startsWith("/api/v1/incidents/inc-1/"));
    assertThat(sent).filteredOn(request -> request.path().startsWith("/api/v1/notifications/"))
        .allSatisfy(request -> assertThat(request.path()).startsWith("/api/v1/notifications/msg-"));
    assertThat(sent).extracting(GatewayRequest::user).contains("team", "ascom");
  }

  @Test
  void theWhatsAppOnlyReceiptIsPostedAndAConfirmationIsApprovedSoThatItsEmailsGo() {
    List<GatewayRequest> sent = walk(flowWith(Verdict.CONFIRMED_GENERAL));
    assertThat(sent).filteredOn(request -> request.path().equals("/api/v1/notifications/msg-6.1/posted")).hasSize(1);
    assertThat(sent).filteredOn(request -> request.path().equals("/api/v1/notifications/msg-6.3/approval")).hasSize(1);
    assertThat(sent).filteredOn(request -> request.path().equals("/api/v1/notifications/msg-6.4/approval")).hasSize(1);
  }

  @Test
  void aMessageNotYetRenderedIsAskedForAgainWithTheSameRequest() {
    IncidentFlow flow = flowWith(Verdict.NOT_CONFIRMED);
    flow.answered("{\"id\":\"inc-1\",\"status\":\"REPORTED\"}");
    while (flow.next().path().equals("/api/v1/incidents")) { // a join, when drawn
      flow.answered("{\"id\":\"inc-1\",\"status\":\"REPORTED\"}");
    }
    GatewayRequest query = flow.next();
    assertThat(query.path()).isEqualTo("/api/v1/notifications?incidentId=inc-1&type=6.1");
    assertThat(flow.answered("[]")).isEqualTo(Flow.Step.AGAIN_LATER);
    assertThat(flow.next()).isEqualTo(query);
    assertThat(flow.answered("[{\"id\":\"msg-6.1\",\"type\":\"6.1\"}]")).isEqualTo(Flow.Step.NEXT);
  }

  @Test
  void aRetriedRequestKeepsItsKeyAndEveryStepHasItsOwn() {
    IncidentFlow flow = flowWith(Verdict.CONFIRMED_RESTRICTED);
    assertThat(flow.next()).isSameAs(flow.next());
    List<GatewayRequest> sent = walk(flow);
    List<String> keys = sent.stream().map(GatewayRequest::idempotencyKey).filter(key -> key != null).toList();
    assertThat(new HashSet<>(keys)).hasSameSizeAs(keys);
    assertThat(keys).allSatisfy(key -> assertThat(key).startsWith("seed-run1-4-"));
    assertThat(sent).filteredOn(request -> request.path().endsWith("/triage"))
        .allSatisfy(triage -> assertThat(triage.body()).contains("CONFIRMED_RESTRICTED", "\"organ\""));
  }

  /** A flow of the wanted verdict, from the first seeds that draw it. */
  private static IncidentFlow flowWith(Verdict verdict) {
    for (long seed = 0; ; seed++) {
      IncidentFlow flow = new IncidentFlow("run1", 4, ORGANS, new SplittableRandom(seed));
      if (flow.plan().contains(Stage.RESTORE) == (verdict != Verdict.NOT_CONFIRMED)
          && triageBody(flow).contains("\"" + verdict.name() + "\"")) {
        return new IncidentFlow("run1", 4, ORGANS, new SplittableRandom(seed));
      }
    }
  }

  private static String triageBody(IncidentFlow flow) {
    return walk(flow).stream().filter(request -> request.path().endsWith("/triage")).findFirst().orElseThrow().body();
  }

  /** Answers every request as the gateway would, each outbox query with the message asked for. */
  private static List<GatewayRequest> walk(IncidentFlow flow) {
    List<GatewayRequest> sent = new ArrayList<>();
    Flow.Step step;
    do {
      GatewayRequest request = flow.next();
      sent.add(request);
      step = flow.answered(answerTo(request));
    } while (step != Flow.Step.DONE);
    return sent;
  }

  private static String answerTo(GatewayRequest request) {
    int type = request.path().indexOf("&type=");
    if (type >= 0) {
      String wanted = request.path().substring(type + "&type=".length());
      return "[{\"id\":\"msg-other\",\"type\":\"x\"},{\"id\":\"msg-" + wanted + "\",\"type\":\"" + wanted + "\"}]";
    }
    return "{\"id\":\"inc-1\",\"status\":\"OK\"}";
  }
}
