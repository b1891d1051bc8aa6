package br.gov.es.prodest.npi007.gateway.webhook.whatsapp;

import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.gateway.webhook.WebhookPayloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The WhatsApp Cloud API webhook (PRODUCT.md, "Integrations", optional): Meta's subscription
 * handshake, and signed notifications of inbound messages and of the status of messages sent.
 * The posts of the configured group are recorded ({@link GroupPostIntake}) before the 200 (Meta
 * retries what is not answered 200, and a retry is the same post); statuses are only counted.
 */
@RestController
@RequestMapping("/webhooks/whatsapp")
@Tag(name = "Webhooks", description = "Entrada de eventos da central de serviços e de alertas do monitoramento")
public class WhatsAppWebhookController {

  private static final Logger log = LoggerFactory.getLogger(WhatsAppWebhookController.class);
  private static final int MAX_CHALLENGE = 256;

  static final String PROVIDER = "cloud-api";

  private final WhatsAppCredentials credentials;
  private final WebhookPayloads payloads;
  private final GroupPostIntake groupPosts;

  public WhatsAppWebhookController(WhatsAppCredentials credentials, WebhookPayloads payloads,
      GroupPostIntake groupPosts) {
    this.credentials = credentials;
    this.payloads = payloads;
    this.groupPosts = groupPosts;
  }

  @GetMapping(produces = MediaType.TEXT_PLAIN_VALUE)
  @SecurityRequirements
  @Operation(summary = "Verificação da assinatura do webhook pela Meta: devolve hub.challenge em texto")
  public String verify(
      @RequestParam(name = "hub.mode", required = false) String mode,
      @Parameter(description = "NPI007_WHATSAPP_VERIFY_TOKEN")
      @RequestParam(name = "hub.verify_token", required = false) String verifyToken,
      @RequestParam(name = "hub.challenge", required = false) String challenge) {
    credentials.requireVerifyToken(mode, verifyToken);
    boolean printable = challenge != null && !challenge.isEmpty() && challenge.length() <= MAX_CHALLENGE
        && challenge.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
    if (!printable) {
      throw ApiProblem.badRequest("INVALID_PARAMETER",
          "O parâmetro hub.challenge deve ter de 1 a " + MAX_CHALLENGE + " caracteres ASCII visíveis.");
    }
    return challenge;
  }

  @PostMapping
  @SecurityRequirements
  @Operation(summary = "Recebe notificações da WhatsApp Cloud API (mensagens recebidas e status de envio), "
      + "assinadas em X-Hub-Signature-256")
  public WhatsAppReceived receive(
      @Parameter(description = "sha256=<hex do HMAC-SHA256 do corpo com NPI007_WHATSAPP_APP_SECRET>")
      @RequestHeader(name = WhatsAppCredentials.SIGNATURE_HEADER, required = false) String signature,
      @RequestBody(required = false) byte[] body) {
    credentials.requireSignature(signature, body == null ? new byte[0] : body);
    WhatsAppNotification notification = payloads.read(body, WhatsAppNotification.class);
    int recorded = groupPosts.record(PROVIDER, notification.posts());
    WhatsAppReceived received =
        new WhatsAppReceived(notification.messages().size(), notification.statuses().size(), recorded);
    // counts and kinds only: message texts and phone numbers stay out of the logs
    log.debug("Webhook do WhatsApp: {} mensagem(ns) de tipos {}, {} status de envio {}", received.messages(),
        notification.messages().stream().map(WhatsAppNotification.Message::type).distinct().toList(),
        received.statuses(), notification.statuses().stream().map(WhatsAppNotification.Status::status).distinct()
            .toList());
    return received;
  }
}
