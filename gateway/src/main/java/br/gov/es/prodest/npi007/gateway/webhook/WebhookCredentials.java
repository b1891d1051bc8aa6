package br.gov.es.prodest.npi007.gateway.webhook;

import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.gateway.security.GeneratedSecret;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.stereotype.Component;

/**
 * Checks the webhooks' own credentials, in constant time: the service desk's HMAC-SHA256 signature
 * of the raw body, and the monitoring tools' bearer token. A failure is a 401 problem and nothing
 * of the request is read further.
 */
@Component
public class WebhookCredentials {

  public static final String SIGNATURE_HEADER = "X-Npi007-Signature";
  private static final String BEARER_PREFIX = "Bearer ";

  private final byte[] serviceDeskSecret;
  private final byte[] tokenDigest;

  public WebhookCredentials(WebhookProperties properties) {
    this.serviceDeskSecret = GeneratedSecret.resolve(properties.serviceDeskSecret(),
        "Segredo do webhook da central de serviços (NPI007_SERVICE_DESK_SECRET)", System.out)
        .getBytes(StandardCharsets.UTF_8);
    this.tokenDigest = sha256(GeneratedSecret.resolve(properties.token(),
        "Token dos webhooks de alertas (NPI007_WEBHOOK_TOKEN)", System.out)
        .getBytes(StandardCharsets.UTF_8));
  }

  /** {@code X-Npi007-Signature: sha256=<hex of HMAC-SHA256(raw body)>}. */
  public void requireSignature(String signatureHeader, byte[] rawBody) {
    if (!HmacSignature.matches(signatureHeader, rawBody, serviceDeskSecret)) {
      throw ApiProblem.unauthenticated("A assinatura " + SIGNATURE_HEADER + " está ausente ou não confere com o corpo "
          + "da requisição (HMAC-SHA256 com o segredo compartilhado).", "Signature realm=\"npi007\", header=\""
          + SIGNATURE_HEADER + "\", algorithm=\"hmac-sha256\"");
    }
  }

  /** {@code Authorization: Bearer <token>}; digests are compared, so the token's length does not leak either. */
  public void requireBearerToken(String authorization) {
    boolean valid = authorization != null
        && authorization.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length())
        && MessageDigest.isEqual(tokenDigest,
            sha256(authorization.substring(BEARER_PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8)));
    if (!valid) {
      throw ApiProblem.unauthenticated("O token do webhook (Authorization: Bearer) está ausente ou é inválido.",
          "Bearer realm=\"npi007\"");
    }
  }

  private static byte[] sha256(byte[] value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 indisponível", e);
    }
  }
}
