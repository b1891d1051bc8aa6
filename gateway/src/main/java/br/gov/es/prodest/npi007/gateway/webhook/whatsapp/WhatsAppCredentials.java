package br.gov.es.prodest.npi007.gateway.webhook.whatsapp;

import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.gateway.webhook.HmacSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Checks Meta's credentials on the WhatsApp webhook, in constant time: the verify token of the
 * subscription handshake and the {@code X-Hub-Signature-256} HMAC of each POST's raw body.
 */
@Component
class WhatsAppCredentials {

  static final String SIGNATURE_HEADER = "X-Hub-Signature-256";

  private final WhatsAppWebhookProperties properties;

  WhatsAppCredentials(WhatsAppWebhookProperties properties) {
    this.properties = properties;
  }

  /** The handshake: {@code hub.mode=subscribe} and the configured verify token, else 403. */
  void requireVerifyToken(String mode, String verifyToken) {
    requireConfigured();
    boolean valid = "subscribe".equals(mode) && verifyToken != null
        && MessageDigest.isEqual(sha256(properties.verifyToken()), sha256(verifyToken));
    if (!valid) {
      throw ApiProblem.forbidden("WHATSAPP_VERIFICATION_FAILED",
          "A verificação do webhook do WhatsApp falhou: hub.mode deve ser subscribe e hub.verify_token deve ser "
              + "o token configurado.");
    }
  }

  /** {@code X-Hub-Signature-256: sha256=<hex of HMAC-SHA256(raw body, app secret)>}, else 401. */
  void requireSignature(String signatureHeader, byte[] rawBody) {
    requireConfigured();
    if (!HmacSignature.matches(signatureHeader, rawBody, properties.appSecret().getBytes(StandardCharsets.UTF_8))) {
      throw ApiProblem.unauthenticated("A assinatura " + SIGNATURE_HEADER + " está ausente ou não confere com o "
          + "corpo da requisição (HMAC-SHA256 com o segredo do app).", "Signature realm=\"npi007\", header=\""
          + SIGNATURE_HEADER + "\", algorithm=\"hmac-sha256\"");
    }
  }

  private void requireConfigured() {
    if (!properties.configured()) {
      throw ApiProblem.of(HttpStatus.SERVICE_UNAVAILABLE, "WHATSAPP_WEBHOOK_NOT_CONFIGURED",
          "Webhook do WhatsApp não configurado: defina NPI007_WHATSAPP_VERIFY_TOKEN e NPI007_WHATSAPP_APP_SECRET.");
    }
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 indisponível", e);
    }
  }
}
