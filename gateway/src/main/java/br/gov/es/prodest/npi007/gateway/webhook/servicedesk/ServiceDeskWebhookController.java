package br.gov.es.prodest.npi007.gateway.webhook.servicedesk;

import br.gov.es.prodest.npi007.avro.incident.ServiceRequestState;
import br.gov.es.prodest.npi007.avro.servicedesk.ServiceRequestEvent;
import br.gov.es.prodest.npi007.gateway.validation.TimestampValidator;
import br.gov.es.prodest.npi007.gateway.webhook.IntakeAccepted;
import br.gov.es.prodest.npi007.gateway.webhook.IntakeChannel;
import br.gov.es.prodest.npi007.gateway.webhook.IntakeChannel.Intake;
import br.gov.es.prodest.npi007.gateway.webhook.WebhookCredentials;
import br.gov.es.prodest.npi007.gateway.webhook.WebhookPayloads;
import br.gov.es.prodest.npi007.schemas.Topics;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The service desk's SA events (PRODUCT.md, "Integrations"): signed with HMAC-SHA256 over the raw
 * body, written as a {@link ServiceRequestEvent} keyed by SA number for the incident-service.
 */
@RestController
@Tag(name = "Webhooks", description = "Entrada de eventos da central de serviços e de alertas do monitoramento")
public class ServiceDeskWebhookController {

  private final WebhookCredentials credentials;
  private final WebhookPayloads payloads;
  private final IntakeChannel intake;
  private final Clock clock;

  public ServiceDeskWebhookController(WebhookCredentials credentials, WebhookPayloads payloads, IntakeChannel intake,
      Clock clock) {
    this.credentials = credentials;
    this.payloads = payloads;
    this.intake = intake;
    this.clock = clock;
  }

  // the content type is checked first, by the mapping (415), then the signature (401), then the body (400)
  @PostMapping(path = "/webhooks/service-desk", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseStatus(HttpStatus.ACCEPTED)
  @SecurityRequirements
  @Operation(summary = "Recebe um evento de SA (aberta, atualizada, resolvida, fechada) da central de serviços")
  public IntakeAccepted receive(
      @Parameter(description = "sha256=<hex do HMAC-SHA256 do corpo com o segredo compartilhado>")
      @RequestHeader(name = WebhookCredentials.SIGNATURE_HEADER, required = false) String signature,
      @RequestBody(required = false) byte[] body) {
    credentials.requireSignature(signature, body == null ? new byte[0] : body);
    ServiceDeskEventPayload event = payloads.read(body, ServiceDeskEventPayload.class);
    intake.write(Topics.SERVICE_DESK_EVENTS, List.of(new Intake(event.saNumber().strip(), toRecord(event))));
    return new IntakeAccepted(1);
  }

  private ServiceRequestEvent toRecord(ServiceDeskEventPayload event) {
    return ServiceRequestEvent.newBuilder()
        .setEventId(event.eventId().strip())
        .setSaNumber(event.saNumber().strip())
        .setState(ServiceRequestState.valueOf(event.state()))
        .setOrgan(event.organ())
        .setSummary(blankToNull(event.summary()))
        .setIncidentId(blankToNull(event.incidentId()))
        .setOccurredAt(TimestampValidator.parse(event.occurredAt()).truncatedTo(ChronoUnit.MILLIS))
        .setReceivedAt(clock.instant().truncatedTo(ChronoUnit.MILLIS))
        .build();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
