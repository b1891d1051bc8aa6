package br.gov.es.prodest.npi007.gateway.idempotency;

import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code Idempotency-Key} header of every POST (IETF draft "The Idempotency-Key HTTP Header
 * Field"). With a key, the command id and the new aggregate's id are derived from the user, the
 * key and the operation, so that a retry (after a restart, on another instance) names the same
 * command, which the owning service answers again without applying it twice. The same key with a
 * different request is refused with 422.
 */
@Component
public class IdempotencyKeys {

  public static final String HEADER = "Idempotency-Key";
  private static final int MAX_KEY_LENGTH = 255;
  private static final char SEPARATOR = '\u0000';

  private final FingerprintLedger ledger;
  private final JsonMapper json;

  public IdempotencyKeys(IdempotencyProperties properties, Clock clock, JsonMapper json) {
    this.ledger = new FingerprintLedger(properties.retention(), properties.maxEntries(), clock);
    this.json = json;
  }

  /**
   * The ids of one request.
   *
   * @param user      the caller's user name: keys are scoped to their user
   * @param key       the header's value, or null when absent
   * @param operation names the operation, e.g. {@code report-incident}
   * @param request   the validated request, whose JSON form is its fingerprint
   */
  public RequestIdentity identify(String user, String key, String operation, Object request) {
    if (key == null) {
      return new RequestIdentity(UUID.randomUUID(), UUID.randomUUID());
    }
    requireWellFormed(key);
    String scope = user + SEPARATOR + key + SEPARATOR + operation;
    if (!ledger.claim(scope, fingerprint(request))) {
      throw ApiProblem.unprocessable("IDEMPOTENCY_KEY_REUSED",
          "A chave de idempotência já foi usada com outra requisição; use uma chave nova para uma requisição diferente.");
    }
    return new RequestIdentity(derive(scope, "command"), derive(scope, "aggregate"));
  }

  private static void requireWellFormed(String key) {
    boolean visibleAscii = key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e);
    if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !visibleAscii) {
      throw ApiProblem.badRequest("INVALID_IDEMPOTENCY_KEY",
          "O cabeçalho Idempotency-Key deve ter de 1 a " + MAX_KEY_LENGTH + " caracteres ASCII visíveis.");
    }
  }

  private static UUID derive(String scope, String purpose) {
    return UUID.nameUUIDFromBytes((scope + SEPARATOR + purpose).getBytes(StandardCharsets.UTF_8));
  }

  private String fingerprint(Object request) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 indisponível", e);
    }
  }
}
