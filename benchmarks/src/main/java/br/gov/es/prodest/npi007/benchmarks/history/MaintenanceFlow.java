package br.gov.es.prodest.npi007.benchmarks.history;

import br.gov.es.prodest.npi007.schemas.norm.NormMessage;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * A maintenance's life (PRODUCT.md): the team requests it, ASCOM approves 6.5 (e-mailed to every
 * organ, so it is announced); then either its window starts (an urgent one, a few seconds ahead) and
 * the team completes it, or it is rescheduled (6.5-reagendamento approved) and cancelled
 * (6.5-cancelamento approved).
 */
final class MaintenanceFlow implements Flow {

  enum Stage {
    REQUEST, FIND_NOTICE, APPROVE_NOTICE, AWAIT_START, COMPLETE, RESCHEDULE, FIND_RESCHEDULE_NOTICE,
    APPROVE_RESCHEDULE_NOTICE, CANCEL, FIND_CANCEL_NOTICE, APPROVE_CANCEL_NOTICE
  }

  static final List<Stage> COMPLETED = List.of(Stage.REQUEST, Stage.FIND_NOTICE, Stage.APPROVE_NOTICE,
      Stage.AWAIT_START, Stage.COMPLETE);
  static final List<Stage> CANCELLED = List.of(Stage.REQUEST, Stage.FIND_NOTICE, Stage.APPROVE_NOTICE,
      Stage.RESCHEDULE, Stage.FIND_RESCHEDULE_NOTICE, Stage.APPROVE_RESCHEDULE_NOTICE, Stage.CANCEL,
      Stage.FIND_CANCEL_NOTICE, Stage.APPROVE_CANCEL_NOTICE);
  /** An urgent window starts this far ahead: long enough for its 6.5, short enough to wait for. */
  static final Duration URGENT_LEAD = Duration.ofSeconds(20);
  private static final Duration POLL_MESSAGE = Duration.ofMillis(300);
  private static final Duration POLL_START = Duration.ofSeconds(2);
  private static final List<String> COMPONENTS = List.of("Banco de dados corporativo", "Rede do Palácio Anchieta",
      "Servidor de arquivos", "Sistema e-Docs", "Correio eletrônico", "Portal do Servidor");

  private final String keyPrefix;
  private final String component;
  private final Clock clock;
  private final List<Stage> plan;
  private int position;
  private GatewayRequest pending;
  private String maintenanceId;
  private String notificationId;
  private Instant start;

  MaintenanceFlow(String run, long number, Clock clock, RandomGenerator random) {
    this.keyPrefix = "seed-" + run + "-" + number + "-";
    this.component = COMPONENTS.get(random.nextInt(COMPONENTS.size())) + " (" + run + "-" + number + ")";
    this.clock = clock;
    this.plan = random.nextDouble() < 0.7 ? COMPLETED : CANCELLED;
  }

  List<Stage> plan() {
    return plan;
  }

  @Override
  public GatewayRequest next() {
    if (pending == null) {
      pending = request(plan.get(position));
    }
    return pending;
  }

  @Override
  public Step answered(String body) {
    Stage stage = plan.get(position);
    switch (stage) {
      case REQUEST -> maintenanceId = Answers.id(body);
      case FIND_NOTICE, FIND_RESCHEDULE_NOTICE, FIND_CANCEL_NOTICE -> {
        var found = Answers.notificationOfType(body, messageOf(stage));
        if (found.isEmpty()) {
          return Step.AGAIN_LATER;
        }
        notificationId = found.get();
      }
      case AWAIT_START -> {
        String status = Answers.status(body);
        if ("COMPLETED".equals(status) || "CANCELLED".equals(status)) {
          return Step.DONE;
        }
        if (!"IN_PROGRESS".equals(status)) {
          return Step.AGAIN_LATER;
        }
      }
      default -> {
        // nothing to keep from the answer
      }
    }
    pending = null;
    position++;
    return position == plan.size() ? Step.DONE : Step.NEXT;
  }

  @Override
  public Duration waitBeforeAgain() {
    return plan.get(position) == Stage.AWAIT_START ? POLL_START : POLL_MESSAGE;
  }

  private GatewayRequest request(Stage stage) {
    String key = keyPrefix + stage.name().toLowerCase(Locale.ROOT);
    String maintenance = "/api/v1/maintenances/" + maintenanceId;
    return switch (stage) {
      case REQUEST -> GatewayRequest.post("manutenção", "team", "/api/v1/maintenances", requestBody(), key);
      case FIND_NOTICE, FIND_RESCHEDULE_NOTICE, FIND_CANCEL_NOTICE -> GatewayRequest.get("consulta ao outbox", "ascom",
          "/api/v1/notifications?maintenanceId=" + maintenanceId + "&type="
              + URLEncoder.encode(messageOf(stage), StandardCharsets.UTF_8));
      case APPROVE_NOTICE, APPROVE_RESCHEDULE_NOTICE, APPROVE_CANCEL_NOTICE -> GatewayRequest.post("mensagem aprovada",
          "ascom", "/api/v1/notifications/" + notificationId + "/approval", "{}", key);
      case AWAIT_START -> GatewayRequest.get("consulta à manutenção", "team", maintenance);
      case COMPLETE -> GatewayRequest.post("conclusão", "team", maintenance + "/completion",
          Answers.object("note", "Atualização aplicada antes do fim da janela"), key);
      case RESCHEDULE -> {
        start = start.plus(Duration.ofDays(1));
        yield GatewayRequest.post("reagendamento", "team", maintenance + "/reschedule", Answers.object(
            "start", at(start), "end", at(start.plus(Duration.ofHours(2))), "reason", "pedido do órgão"), key);
      }
      case CANCEL -> GatewayRequest.post("cancelamento", "team", maintenance + "/cancel",
          Answers.object("reason", "o fornecedor adiou a entrega"), key);
    };
  }

  private String requestBody() {
    boolean urgent = plan == COMPLETED;
    start = urgent ? clock.instant().plus(URGENT_LEAD).truncatedTo(ChronoUnit.SECONDS)
        : clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.HOURS);
    return Answers.object("component", component, "start", at(start), "end", at(start.plus(Duration.ofHours(2))),
        "purpose", "atualização do banco de dados", "causesUnavailability", true, "urgent", urgent);
  }

  private static String messageOf(Stage stage) {
    return switch (stage) {
      case FIND_NOTICE -> NormMessage.SCHEDULED_MAINTENANCE.id();
      case FIND_RESCHEDULE_NOTICE -> NormMessage.MAINTENANCE_RESCHEDULED.id();
      case FIND_CANCEL_NOTICE -> NormMessage.MAINTENANCE_CANCELLED.id();
      default -> throw new IllegalArgumentException(stage.name());
    };
  }

  private static String at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
  }
}
