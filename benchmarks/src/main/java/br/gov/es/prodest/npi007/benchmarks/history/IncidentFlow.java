package br.gov.es.prodest.npi007.benchmarks.history;

import br.gov.es.prodest.npi007.schemas.norm.NormMessage;
import br.gov.es.prodest.npi007.schemas.norm.NormTrigger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * An incident's life as the norm has it (PRODUCT.md): an organ's notifier reports it, sometimes a
 * second organ's report joins it, ASCOM posts 6.1, the SA is linked, the team triages (not confirmed
 * 6.2, confirmed for all 6.3, or for one organ 6.6), ASCOM releases the verdict's message, sometimes
 * management posts a confirmation statement, the team restores it, ASCOM approves 6.4, sometimes
 * management posts a restoration statement. WhatsApp-only messages are posted by hand (the
 * standalone's {@code manual} provider); messages replicated by e-mail are approved, so deliveries happen.
 */
final class IncidentFlow implements Flow {

  enum Stage {
    REPORT, JOIN, FIND_RECEIPT, POST_RECEIPT, LINK_SA, TRIAGE, FIND_VERDICT_MESSAGE, RELEASE_VERDICT_MESSAGE,
    CONFIRMATION_STATEMENT, RESTORE, FIND_RESTORATION_MESSAGE, APPROVE_RESTORATION_MESSAGE, RESTORATION_STATEMENT
  }

  enum Verdict {
    NOT_CONFIRMED, CONFIRMED_GENERAL, CONFIRMED_RESTRICTED;

    /** The id of the message the norm requires for it, as the catalogue says. */
    String message() {
      return NormMessage.requiredBy(NormTrigger.ofVerdict(name())).id();
    }
  }

  private static final Duration POLL = Duration.ofMillis(300);
  private static final List<String> COMPONENTS = List.of("Sistema e-Docs", "SIGEFES", "Portal da Nota Fiscal",
      "Agendamento de vistoria", "Delegacia Online", "Sistema de Diárias", "Prontuário Eletrônico",
      "Matrícula Online", "Portal do Servidor", "Barramento de Integração");

  private final String keyPrefix;
  private final String component;
  private final String organ;
  private final String joiningOrgan;
  private final Verdict verdict;
  private final String saNumber;
  private final List<Stage> plan;
  private int position;
  private GatewayRequest pending;
  private String incidentId;
  private String notificationId;

  /**
   * @param run    this seed run's id (keys and SA numbers unique per run)
   * @param number the flow's number in the run
   * @param organs the organs whose notifiers report (at least two)
   */
  IncidentFlow(String run, long number, List<String> organs, RandomGenerator random) {
    this.keyPrefix = "seed-" + run + "-" + number + "-";
    this.component = COMPONENTS.get(random.nextInt(COMPONENTS.size())) + " (" + run + "-" + number + ")";
    this.organ = organs.get(random.nextInt(organs.size()));
    String other = organs.get(random.nextInt(organs.size() - 1));
    this.joiningOrgan = other.equals(organ) ? organs.get(organs.size() - 1) : other;
    double draw = random.nextDouble();
    this.verdict = draw < 0.2 ? Verdict.NOT_CONFIRMED : draw < 0.7 ? Verdict.CONFIRMED_GENERAL : Verdict.CONFIRMED_RESTRICTED;
    this.saNumber = "SA-" + run + "-" + number;
    this.plan = plan(random.nextDouble() < 0.3, verdict, random.nextDouble() < 0.5, random.nextDouble() < 0.3);
  }

  static List<Stage> plan(boolean joined, Verdict verdict, boolean confirmationStatement, boolean restorationStatement) {
    List<Stage> plan = new ArrayList<>(List.of(Stage.REPORT));
    if (joined) {
      plan.add(Stage.JOIN);
    }
    plan.addAll(List.of(Stage.FIND_RECEIPT, Stage.POST_RECEIPT, Stage.LINK_SA, Stage.TRIAGE, Stage.FIND_VERDICT_MESSAGE,
        Stage.RELEASE_VERDICT_MESSAGE));
    if (verdict == Verdict.NOT_CONFIRMED) {
      return List.copyOf(plan);
    }
    if (confirmationStatement) {
      plan.add(Stage.CONFIRMATION_STATEMENT);
    }
    plan.addAll(List.of(Stage.RESTORE, Stage.FIND_RESTORATION_MESSAGE, Stage.APPROVE_RESTORATION_MESSAGE));
    if (restorationStatement) {
      plan.add(Stage.RESTORATION_STATEMENT);
    }
    return List.copyOf(plan);
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
      case REPORT -> incidentId = Answers.id(body);
      case FIND_RECEIPT, FIND_VERDICT_MESSAGE, FIND_RESTORATION_MESSAGE -> {
        var found = Answers.notificationOfType(body, messageOf(stage));
        if (found.isEmpty()) {
          return Step.AGAIN_LATER;
        }
        notificationId = found.get();
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
    return POLL;
  }

  private GatewayRequest request(Stage stage) {
    String key = keyPrefix + stage.name().toLowerCase(Locale.ROOT);
    String incident = "/api/v1/incidents/" + incidentId;
    String notification = "/api/v1/notifications/" + notificationId;
    String notifier = "notifier-" + organ.toLowerCase(Locale.ROOT);
    return switch (stage) {
      case REPORT -> GatewayRequest.post("relato", notifier, "/api/v1/incidents", report(organ, "Maria da Penha"), key);
      case JOIN -> GatewayRequest.post("relato que se junta", "notifier-" + joiningOrgan.toLowerCase(Locale.ROOT),
          "/api/v1/incidents", report(joiningOrgan, "José Carlos"), key);
      case FIND_RECEIPT, FIND_VERDICT_MESSAGE, FIND_RESTORATION_MESSAGE -> GatewayRequest.get("consulta ao outbox", "ascom",
          "/api/v1/notifications?incidentId=" + incidentId + "&type=" + URLEncoder.encode(messageOf(stage), StandardCharsets.UTF_8));
      case POST_RECEIPT -> posted(notification, key);
      case LINK_SA -> GatewayRequest.post("SA", notifier, incident + "/service-request", Answers.object("saNumber", saNumber), key);
      case TRIAGE -> GatewayRequest.post("triagem", "team", incident + "/triage", triage(), key);
      case RELEASE_VERDICT_MESSAGE -> verdict == Verdict.NOT_CONFIRMED ? posted(notification, key) : approved(notification, key);
      case CONFIRMATION_STATEMENT -> GatewayRequest.post("pronunciamento", "management", incident + "/statements",
          Answers.object("kind", "CONFIRMATION", "text", "Confirmamos a indisponibilidade e acompanhamos a correção."), key);
      case RESTORE -> GatewayRequest.post("restabelecimento", "team", incident + "/restoration",
          Answers.object("note", "Reinício do pool de conexões"), key);
      case APPROVE_RESTORATION_MESSAGE -> approved(notification, key);
      case RESTORATION_STATEMENT -> GatewayRequest.post("pronunciamento", "management", incident + "/statements",
          Answers.object("kind", "RESTORATION", "text", "O serviço foi restabelecido; agradecemos a compreensão."), key);
    };
  }

  private String messageOf(Stage stage) {
    return switch (stage) {
      case FIND_RECEIPT -> NormMessage.RECEIPT_ACKNOWLEDGEMENT.id();
      case FIND_VERDICT_MESSAGE -> verdict.message();
      case FIND_RESTORATION_MESSAGE -> NormMessage.SERVICE_RESTORED.id();
      default -> throw new IllegalArgumentException(stage.name());
    };
  }

  private String report(String reportingOrgan, String reportedBy) {
    return Answers.object("component", component, "organ", reportingOrgan,
        "description", "Não abre a tela de login; lentidão ao emitir documentos", "source", "WHATSAPP_GROUP",
        "reportedBy", reportedBy);
  }

  private String triage() {
    return switch (verdict) {
      case NOT_CONFIRMED -> Answers.object("verdict", verdict.name());
      case CONFIRMED_GENERAL -> Answers.object("verdict", verdict.name(), "impact", "acesso ao sistema");
      case CONFIRMED_RESTRICTED -> Answers.object("verdict", verdict.name(), "impact", "emissão de documentos",
          "organ", organ);
    };
  }

  private static GatewayRequest posted(String notification, String key) {
    return GatewayRequest.post("mensagem postada", "ascom", notification + "/posted",
        Answers.object("note", "Postada no grupo"), key);
  }

  private static GatewayRequest approved(String notification, String key) {
    return GatewayRequest.post("mensagem aprovada", "ascom", notification + "/approval", "{}", key);
  }
}
