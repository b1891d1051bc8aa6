package br.gov.es.prodest.npi007.gateway.webhook.whatsapp;

import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.gateway.webhook.WebhookPayloads;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Evolution API webhook (issue 14): each event carries the instance's key in {@code apikey}
 * (the body's, or a header of that name when the instance sends one), checked in constant time
 * against {@code NPI007_EVOLUTION_API_KEY}. A MESSAGES_UPSERT of the configured group is recorded
 * ({@link GroupPostIntake}) before the 200; any other event is acknowledged and left alone. With
 * "webhook by events" the instance appends the event's name to the path, which is accepted too.
 */
@RestController
@RequestMapping("/webhooks/whatsapp/evolution")
@Tag(name = "Webhooks", description = "Entrada de eventos da central de serviços e de alertas do monitoramento")
public class EvolutionWebhookController {

  static final String PROVIDER = "evolution-api";

  private final WhatsAppWebhookProperties properties;
  private final WebhookPayloads payloads;
  private final GroupPostIntake groupPosts;

  public EvolutionWebhookController(WhatsAppWebhookProperties properties, WebhookPayloads payloads,
      GroupPostIntake groupPosts) {
    this.properties = properties;
    this.payloads = payloads;
    this.groupPosts = groupPosts;
  }

  @PostMapping({"", "/{event}"})
  @SecurityRequirements
  @Operation(summary = "Recebe eventos da Evolution API (MESSAGES_UPSERT do grupo é registrado), com a chave da "
      + "instância em apikey")
  public WhatsAppReceived receive(
      @PathVariable(required = false) String event,
      @Parameter(description = "A chave da instância, se a Evolution API a enviar em cabeçalho (senão, no corpo)")
      @RequestHeader(name = "apikey", required = false) String apikeyHeader,
      @RequestBody(required = false) byte[] body) {
    if (!properties.evolutionConfigured()) {
      throw ApiProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "EVOLUTION_WEBHOOK_NOT_CONFIGURED",
          "Webhook da Evolution API não configurado: defina NPI007_EVOLUTION_API_KEY.");
    }
    // a key in the header is checked before the body is read; without one, the body's is the key
    if (apikeyHeader != null && !matches(apikeyHeader)) {
      throw unauthenticated();
    }
    EvolutionWebhookEvent payload = payloads.read(body, EvolutionWebhookEvent.class);
    if (apikeyHeader == null && !matches(payload.apikey())) {
      throw unauthenticated();
    }
    InboundPost post = payload.messagesUpsert() ? payload.post() : null;
    List<InboundPost> posts = post == null ? List.of() : List.of(post);
    return new WhatsAppReceived(posts.size(), 0, groupPosts.record(PROVIDER, posts));
  }

  private static ApiProblem unauthenticated() {
    return ApiProblem.unauthenticated("A chave apikey está ausente ou não confere com a chave da instância "
        + "(NPI007_EVOLUTION_API_KEY).", "ApiKey realm=\"npi007\", name=\"apikey\"");
  }

  private boolean matches(String given) {
    return given != null && MessageDigest.isEqual(properties.evolutionApiKey().getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8));
  }
}
