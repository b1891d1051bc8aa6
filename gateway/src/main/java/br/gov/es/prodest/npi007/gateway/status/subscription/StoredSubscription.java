package br.gov.es.prodest.npi007.gateway.status.subscription;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

/** A subscription as the notification-service's internal API answers it ({@code GET /internal/status/subscriptions/{id}}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredSubscription(String subscriptionId, String email, List<String> components, String state,
    Instant requestedAt) {

  boolean confirmed() {
    return "CONFIRMED".equals(state);
  }
}
