package br.gov.es.prodest.npi007.system;

import br.gov.es.prodest.npi007.system.HostileEndpoint.Door;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hostile requests against one door of the gateway, generated from its table entry with a fixed
 * seed: malformed and wrongly typed bodies, bodies over the limits (64 KiB on the API, 4 MiB on the
 * webhooks), wrong content types, missing or wrong credentials, signatures and roles, odd paths.
 */
final class HostileRequests {

  static final String WHATSAPP_APP_SECRET = "segredo-do-app-whatsapp-dos-testes";
  static final String WHATSAPP_VERIFY_TOKEN = "token-de-verificacao-whatsapp";
  static final int API_LIMIT = 64 * 1024;
  static final int WEBHOOK_LIMIT = 4 * 1024 * 1024;

  private static final List<String> MALFORMED = List.of("{", "{\"a\":", "[", "nul", "{\"a\": 1,}", "{'a': 1}",
      "\"só uma string\"", "[]", "42", "{\"a\": \"\\uZZZZ\"}", "[".repeat(5000) + "]".repeat(5000));
  private static final byte[] NOT_UTF8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};

  private final String gateway;
  private final Random random;

  HostileRequests(String gatewayUrl, long seed) {
    this.gateway = gatewayUrl;
    this.random = new Random(seed);
  }

  List<HostileCase> against(HostileEndpoint endpoint) {
    List<HostileCase> cases = new ArrayList<>();
    credentials(endpoint, cases);
    if (endpoint.hasBody()) {
      malformed(endpoint, cases);
      wronglyTyped(endpoint, cases);
      oversized(endpoint, cases);
      wrongContentTypes(endpoint, cases);
    } else {
      oddPaths(endpoint, cases);
    }
    if (endpoint.door() == Door.API && endpoint.hasBody() && endpoint.path().contains("{id}")) {
      oddHeaders(endpoint, cases);
    }
    if (endpoint.door() == Door.WHATSAPP_SIGNATURE) {
      whatsAppVerification(endpoint, cases);
    }
    return cases;
  }

  private void credentials(HostileEndpoint endpoint, List<HostileCase> cases) {
    String body = endpoint.validBody();
    switch (endpoint.door()) {
      case API -> {
        cases.add(HostileCase.refused("credenciais", endpoint.name(), "sem credenciais", json(endpoint, body, Map.of()).build()));
        cases.add(HostileCase.refused("credenciais", endpoint.name(), "senha errada",
            json(endpoint, body, Map.of("Authorization", RunningSystem.basic(endpoint.allowedUser(), "senha-errada"))).build()));
        cases.add(HostileCase.refused("credenciais", endpoint.name(), "usuário inexistente",
            json(endpoint, body, Map.of("Authorization", RunningSystem.basic("intruso", RunningSystem.PASSWORD))).build()));
        cases.add(HostileCase.refused("credenciais", endpoint.name(), "Authorization ilegível",
            json(endpoint, body, Map.of("Authorization", "Basic !!!não-é-base64")).build()));
        for (String user : endpoint.forbiddenUsers()) {
          cases.add(HostileCase.refused("papel errado", endpoint.name(), "como " + user,
              json(endpoint, body, Map.of("Authorization", RunningSystem.basic(user, RunningSystem.PASSWORD))).build()));
        }
      }
      case BEARER_TOKEN -> {
        cases.add(HostileCase.refused("credenciais", endpoint.name(), "sem token", json(endpoint, body, Map.of()).build()));
        cases.add(HostileCase.refused("credenciais", endpoint.name(), "token errado",
            json(endpoint, body, Map.of("Authorization", "Bearer token-errado")).build()));
        cases.add(HostileCase.refused("credenciais", endpoint.name(), "usuário da API no lugar do token",
            json(endpoint, body, Map.of("Authorization", RunningSystem.basic("integration", RunningSystem.PASSWORD))).build()));
      }
      case HMAC_SIGNATURE, WHATSAPP_SIGNATURE -> {
        String header = signatureHeader(endpoint.door());
        String secret = secret(endpoint.door());
        cases.add(HostileCase.refused("assinatura", endpoint.name(), "sem assinatura", json(endpoint, body, Map.of()).build()));
        cases.add(HostileCase.refused("assinatura", endpoint.name(), "assinatura de outro corpo",
            json(endpoint, body, Map.of(header, "sha256=" + hmac(secret, body + " "))).build()));
        cases.add(HostileCase.refused("assinatura", endpoint.name(), "assinatura com outra chave",
            json(endpoint, body, Map.of(header, "sha256=" + hmac("outra-chave", body))).build()));
        cases.add(HostileCase.refused("assinatura", endpoint.name(), "assinatura sha1",
            json(endpoint, body, Map.of(header, "sha1=" + hmac(secret, body).substring(0, 40))).build()));
        cases.add(HostileCase.refused("assinatura", endpoint.name(), "assinatura que não é hexadecimal",
            json(endpoint, body, Map.of(header, "sha256=" + "zz".repeat(32))).build()));
      }
      case PUBLIC -> {
        // anyone may read it: there is no credential to refuse
      }
    }
  }

  private void malformed(HostileEndpoint endpoint, List<HostileCase> cases) {
    for (String body : MALFORMED) {
      if (endpoint.bodyOptional() && body.equals("[]")) {
        continue;
      }
      cases.add(HostileCase.refused("malformado", endpoint.name(), abbreviated(body), authorised(endpoint, body)));
    }
    cases.add(HostileCase.refused("malformado", endpoint.name(), "UTF-8 inválido",
        authorised(endpoint, NOT_UTF8, "application/json")));
    if (!endpoint.bodyOptional()) {
      cases.add(HostileCase.refused("malformado", endpoint.name(), "corpo vazio", authorised(endpoint, "")));
      cases.add(HostileCase.refused("malformado", endpoint.name(), "null", authorised(endpoint, "null")));
    }
  }

  private void wronglyTyped(HostileEndpoint endpoint, List<HostileCase> cases) {
    endpoint.wrongValues().forEach((field, literals) -> {
      for (String literal : literals) {
        String body = endpoint.bodyWith(field, literal);
        cases.add(refusedUnlessMeta(endpoint, "tipo errado", field + " = " + literal, authorised(endpoint, body)));
      }
    });
  }

  private void oversized(HostileEndpoint endpoint, List<HostileCase> cases) {
    int limit = endpoint.door() == Door.API ? API_LIMIT : WEBHOOK_LIMIT;
    // valid but for its size: an unknown field the gateway would otherwise ignore
    String body = endpoint.bodyWith("enchimento", "\"" + "x".repeat(limit) + "\"");
    cases.add(HostileCase.oversized("grande demais", endpoint.name(), body.length() + " bytes",
        authorised(endpoint, body)));
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpRequest chunked = builder(endpoint, authorisation(endpoint, body), "application/json",
        BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build();
    cases.add(HostileCase.oversized("grande demais", endpoint.name(), bytes.length + " bytes sem Content-Length", chunked));
  }

  private void wrongContentTypes(HostileEndpoint endpoint, List<HostileCase> cases) {
    String body = endpoint.validBody();
    for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x", "application/json-patch+json")) {
      String sent = type.equals("application/xml") ? "<incidente><componente>x</componente></incidente>" : body;
      cases.add(refusedUnlessMeta(endpoint, "tipo de conteúdo", type,
          authorised(endpoint, sent.getBytes(StandardCharsets.UTF_8), type)));
    }
    cases.add(refusedUnlessMeta(endpoint, "tipo de conteúdo", "sem Content-Type",
        builder(endpoint, authorisation(endpoint, body), null, BodyPublishers.ofString(body)).build()));
  }

  /**
   * Meta's webhook is answered 200 once its signature holds, whatever the body (or Meta retries it for
   * days); it must still write nothing. Every other door refuses.
   */
  private static HostileCase refusedUnlessMeta(HostileEndpoint endpoint, String category, String description,
      HttpRequest request) {
    return endpoint.door() == Door.WHATSAPP_SIGNATURE
        ? HostileCase.tolerated(category, endpoint.name(), description, request)
        : HostileCase.refused(category, endpoint.name(), description, request);
  }

  private void oddPaths(HostileEndpoint endpoint, List<HostileCase> cases) {
    Map<String, String> admin = Map.of("Authorization", RunningSystem.basic("admin", RunningSystem.PASSWORD));
    if (endpoint.path().contains("{")) {
      for (String id : List.of("não-é-um-id", "%2e%2e", "x".repeat(3000), "%00", "a;b=c")) {
        String path = endpoint.path().replaceFirst("\\{[^}]+}", id);
        cases.add(HostileCase.refused("caminho", endpoint.name(), abbreviated(id), get(path, admin)));
      }
    } else {
      for (String query : List.of("status=INEXISTENTE", "when=ontem", "organ=" + "x".repeat(3000), "open=talvez",
          "component=%C3%28%FF")) {
        cases.add(HostileCase.tolerated("consulta", endpoint.name(), abbreviated(query), get(endpoint.path() + "?" + query, admin)));
      }
    }
    cases.add(HostileCase.tolerated("cabeçalho", endpoint.name(), "Accept: application/xml",
        get(instantiated(endpoint.path()), Map.of("Authorization", admin.get("Authorization"), "Accept", "application/xml"))));
  }

  /** On an aggregate that does not exist: whatever the gateway makes of the header, the answer is a refusal. */
  private void oddHeaders(HostileEndpoint endpoint, List<HostileCase> cases) {
    String body = endpoint.validBody();
    cases.add(HostileCase.refused("cabeçalho", endpoint.name(), "If-Match que não é versão",
        json(endpoint, body, Map.of("Authorization", authorisation(endpoint, body), "If-Match", "\"não-é-versão\"")).build()));
    cases.add(HostileCase.refused("cabeçalho", endpoint.name(), "Idempotency-Key de 4 KiB",
        json(endpoint, body, Map.of("Authorization", authorisation(endpoint, body), "Idempotency-Key", "k".repeat(4096))).build()));
  }

  private void whatsAppVerification(HostileEndpoint endpoint, List<HostileCase> cases) {
    for (String query : List.of("hub.mode=subscribe&hub.verify_token=errado&hub.challenge=1158201444",
        "hub.mode=unsubscribe&hub.verify_token=" + WHATSAPP_VERIFY_TOKEN + "&hub.challenge=1",
        "hub.mode=subscribe&hub.challenge=1", "")) {
      cases.add(HostileCase.refused("assinatura", "GET " + endpoint.path(), "verificação: " + abbreviated(query),
          get(endpoint.path() + (query.isEmpty() ? "" : "?" + query), Map.of())));
    }
  }

  /** A request with the body as the door's own caller would send it, credentials and all. */
  private HttpRequest authorised(HostileEndpoint endpoint, String body) {
    return authorised(endpoint, body.getBytes(StandardCharsets.UTF_8), "application/json");
  }

  private HttpRequest authorised(HostileEndpoint endpoint, byte[] body, String contentType) {
    return builder(endpoint, authorisation(endpoint, body), contentType, BodyPublishers.ofByteArray(body)).build();
  }

  private String authorisation(HostileEndpoint endpoint, String body) {
    return authorisation(endpoint, body.getBytes(StandardCharsets.UTF_8));
  }

  private String authorisation(HostileEndpoint endpoint, byte[] body) {
    return switch (endpoint.door()) {
      case API -> RunningSystem.basic(endpoint.allowedUser(), RunningSystem.PASSWORD);
      case BEARER_TOKEN -> "Bearer " + RunningSystem.WEBHOOK_TOKEN;
      case HMAC_SIGNATURE, WHATSAPP_SIGNATURE -> "sha256=" + hmac(secret(endpoint.door()), body);
      case PUBLIC -> null;
    };
  }

  private HttpRequest.Builder json(HostileEndpoint endpoint, String body, Map<String, String> headers) {
    HttpRequest.Builder builder = builder(endpoint, null, "application/json", BodyPublishers.ofString(body));
    headers.forEach(builder::header);
    return builder;
  }

  private HttpRequest.Builder builder(HostileEndpoint endpoint, String authorisation, String contentType,
      BodyPublisher body) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gateway + instantiated(endpoint.path())))
        .timeout(Duration.ofSeconds(30))
        .method(endpoint.method(), body);
    if (authorisation != null) {
      boolean signed = endpoint.door() == Door.HMAC_SIGNATURE || endpoint.door() == Door.WHATSAPP_SIGNATURE;
      builder.header(signed ? signatureHeader(endpoint.door()) : "Authorization", authorisation);
    }
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    return builder;
  }

  private HttpRequest get(String path, Map<String, String> headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(gateway + path)).timeout(Duration.ofSeconds(30)).GET();
    headers.forEach(builder::header);
    return builder.build();
  }

  /** The path with a fresh id (of no aggregate) for each variable, an organ that exists for {code} and a unit for {unit}. */
  private String instantiated(String path) {
    return path.replace("{code}", "SESA").replace("{unit}", "GEITIC").replaceAll("\\{[^}]+}", new UUID(random.nextLong(), random.nextLong()).toString());
  }

  private static String signatureHeader(Door door) {
    return door == Door.WHATSAPP_SIGNATURE ? "X-Hub-Signature-256" : "X-Npi007-Signature";
  }

  private static String secret(Door door) {
    return door == Door.WHATSAPP_SIGNATURE ? WHATSAPP_APP_SECRET : RunningSystem.SERVICE_DESK_SECRET;
  }

  static String hmac(String secret, String body) {
    return hmac(secret, body.getBytes(StandardCharsets.UTF_8));
  }

  static String hmac(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "… (" + text.length() + ")";
  }
}
