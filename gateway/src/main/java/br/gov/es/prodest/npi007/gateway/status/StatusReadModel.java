package br.gov.es.prodest.npi007.gateway.status;

import br.gov.es.prodest.npi007.gateway.internalapi.InternalApi;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.schemas.ComponentSlug;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public status, answered by the notification-service's status read model (its internal API),
 * each answer kept a moment by the {@link StatusCache} together with its entity tag, so that the
 * hash is computed once per fetch, not once per reader.
 */
public class StatusReadModel {

  /** How many entries a feed shows: the newest ones. */
  static final int FEED_SIZE = 50;

  private static final ParameterizedTypeReference<StatusSummary> SUMMARY = new ParameterizedTypeReference<>() { };
  private static final ParameterizedTypeReference<ComponentStatus> COMPONENT = new ParameterizedTypeReference<>() { };
  private static final ParameterizedTypeReference<List<FeedEntry>> ENTRIES = new ParameterizedTypeReference<>() { };
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final InternalApi notificationService;
  private final StatusCache cache;

  public StatusReadModel(InternalApi notificationService, StatusCache cache) {
    this.notificationService = notificationService;
    this.cache = cache;
  }

  public Versioned<StatusSummary> summary() {
    return cache.get("summary", () -> {
      StatusSummary summary = notificationService.find(SUMMARY, "/internal/status")
          .orElseThrow(StatusReadModel::missing);
      return versioned(summary, summary.lastChangedAt());
    });
  }

  /** Empty when the slug is not a public component's. */
  public Optional<Versioned<ComponentStatus>> component(String slug) {
    if (!ComponentSlug.isValid(slug)) {
      return Optional.empty();
    }
    return cache.get("component:" + slug, () -> notificationService
        .find(COMPONENT, "/internal/status/components/{slug}", slug)
        .filter(status -> status.component() != null)
        .map(status -> versioned(status, status.lastChangedAt())));
  }

  /** The newest entries of every public component's feed; their last change is the whole page's. */
  public Versioned<List<FeedEntry>> updates() {
    Instant lastChanged = summary().lastChangedAt();
    return cache.get("updates", () -> versioned(entries("/internal/status/updates?limit={limit}", FEED_SIZE),
        lastChanged));
  }

  /** The newest entries of one public component's feed; empty when the slug is not a public component's. */
  public Optional<Versioned<List<FeedEntry>>> updates(String slug) {
    return component(slug).map(component -> cache.get("updates:" + slug, () -> versioned(
        entries("/internal/status/updates?component={slug}&limit={limit}", slug, FEED_SIZE),
        component.lastChangedAt())));
  }

  private List<FeedEntry> entries(String uriTemplate, Object... variables) {
    return notificationService.find(ENTRIES, uriTemplate, variables).orElseGet(List::of);
  }

  /** The service's contract promises this resource: without it the status is not known. */
  private static ApiProblem missing() {
    return ApiProblem.serviceUnavailable("SERVICE_UNAVAILABLE",
        "O serviço de notificações está indisponível no momento; tente novamente em instantes.", null);
  }

  static <T> Versioned<T> versioned(T value, Instant lastChangedAt) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(String.valueOf(lastChangedAt).getBytes(StandardCharsets.UTF_8));
      sha256.update(JSON.writeValueAsBytes(value));
      String hash = HexFormat.of().formatHex(sha256.digest(), 0, 16);
      return new Versioned<>(value, lastChangedAt, "\"" + hash + "\"");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
