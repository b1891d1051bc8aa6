package br.gov.es.prodest.npi007.gateway.webhook.alert;

import br.gov.es.prodest.npi007.avro.monitoring.AlertReceived;
import br.gov.es.prodest.npi007.gateway.organ.OrganCatalogue;
import br.gov.es.prodest.npi007.gateway.unit.UnitCatalogue;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.gateway.webhook.IntakeAccepted;
import br.gov.es.prodest.npi007.gateway.webhook.IntakeChannel;
import br.gov.es.prodest.npi007.gateway.webhook.IntakeChannel.Intake;
import br.gov.es.prodest.npi007.gateway.webhook.WebhookCredentials;
import br.gov.es.prodest.npi007.gateway.webhook.WebhookPayloads;
import br.gov.es.prodest.npi007.schemas.Topics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Alerts from monitoring (PRODUCT.md, "Integrations"), with {@code Authorization: Bearer <token>}:
 * one {@link AlertReceived} per alert, keyed by fingerprint, for the incident-service. A repeat of
 * the same alert (Alertmanager's retries and {@code repeat_interval}) is written again and is the
 * same command there.
 */
@RestController
@Tag(name = "Webhooks", description = "Entrada de eventos da central de serviços e de alertas do monitoramento")
@SecurityRequirement(name = "webhookToken")
public class AlertWebhookController {

  private final WebhookCredentials credentials;
  private final WebhookPayloads payloads;
  private final IntakeChannel intake;
  private final AlertMapping.Catalogues catalogues;
  private final Clock clock;

  public AlertWebhookController(WebhookCredentials credentials, WebhookPayloads payloads, IntakeChannel intake,
      OrganCatalogue organs, UnitCatalogue units, Clock clock) {
    this.credentials = credentials;
    this.payloads = payloads;
    this.intake = intake;
    this.catalogues = new AlertMapping.Catalogues(organs::contains, units::codeOf);
    this.clock = clock;
  }

  // the content type is checked first, by the mapping (415), then the token (401), then the body (400)
  @PostMapping(path = "/webhooks/alertmanager", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Recebe o webhook (versão 4) do Prometheus Alertmanager: um registro por alerta do grupo")
  public IntakeAccepted alertmanager(
      @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody(required = false) byte[] body) {
    credentials.requireBearerToken(authorization);
    AlertmanagerNotification notification = payloads.read(body, AlertmanagerNotification.class);
    Instant receivedAt = clock.instant();
    List<Intake> records = new ArrayList<>();
    List<Map<String, String>> unnamed = new ArrayList<>();
    for (int i = 0; i < notification.alerts().size(); i++) {
      AlertReceived alert = AlertMapping.fromAlertmanager(notification.alerts().get(i), catalogues, receivedAt);
      if (alert == null) {
        unnamed.add(Map.of("field", "alerts[" + i + "].labels.alertname", "message", "é obrigatório"));
      } else {
        records.add(new Intake(alert.getFingerprint(), alert));
      }
    }
    if (!unnamed.isEmpty()) {
      throw ApiProblem.validationFailed(unnamed);
    }
    intake.write(Topics.MONITORING_ALERTS, records);
    return new IntakeAccepted(records.size());
  }

  // as above: 415, then 401, then 400
  @PostMapping(path = "/webhooks/alerts", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  @Operation(summary = "Recebe um alerta genérico de uma ferramenta de monitoramento")
  public IntakeAccepted generic(
      @Parameter(hidden = true) @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization,
      @RequestBody(required = false) byte[] body) {
    credentials.requireBearerToken(authorization);
    GenericAlert generic = payloads.read(body, GenericAlert.class);
    AlertReceived alert = AlertMapping.fromGeneric(generic, catalogues, clock.instant());
    intake.write(Topics.MONITORING_ALERTS, List.of(new Intake(alert.getFingerprint(), alert)));
    return new IntakeAccepted(1);
  }
}
