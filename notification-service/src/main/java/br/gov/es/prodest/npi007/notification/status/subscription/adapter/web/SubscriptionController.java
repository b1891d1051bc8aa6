package br.gov.es.prodest.npi007.notification.status.subscription.adapter.web;

import br.gov.es.prodest.npi007.notification.status.subscription.application.StatusSubscriptions;
import br.gov.es.prodest.npi007.notification.status.subscription.domain.Subscription;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A subscription as it is now, for the gateway's confirm and unsubscribe pages (internal only: it holds the address). */
@RestController
class SubscriptionController {

  private final StatusSubscriptions subscriptions;

  SubscriptionController(StatusSubscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  @GetMapping("/internal/status/subscriptions/{id}")
  ResponseEntity<?> subscription(@PathVariable String id) {
    return subscriptions.find(id).<ResponseEntity<?>>map(found -> ResponseEntity.ok(SubscriptionResponse.of(found)))
        .orElseGet(() -> {
          ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
              "Assinatura " + id + " não encontrada: nunca existiu ou já foi cancelada.");
          problem.setTitle("Assinatura não encontrada");
          return ResponseEntity.of(problem).build();
        });
  }

  /** The contract's JSON; {@code requestedAt} as an ISO-8601 UTC instant. */
  record SubscriptionResponse(String subscriptionId, String email, List<String> components, String state,
      String requestedAt) {

    static SubscriptionResponse of(Subscription subscription) {
      return new SubscriptionResponse(subscription.id(), subscription.email(), subscription.components(),
          subscription.state().name(), subscription.requestedAt().toString());
    }
  }
}
