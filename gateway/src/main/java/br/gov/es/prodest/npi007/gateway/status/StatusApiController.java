package br.gov.es.prodest.npi007.gateway.status;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The public status as JSON, for whoever wants to show it elsewhere: the same public fields as the
 * page, and a problem document (503) when the notification-service cannot answer.
 */
@RestController
class StatusApiController {

  private final StatusReadModel status;

  StatusApiController(StatusReadModel status) {
    this.status = status;
  }

  @GetMapping(path = "/api/v1/status", produces = "application/json")
  StatusSummary summary(WebRequest request, HttpServletResponse response) {
    Versioned<StatusSummary> summary = status.summary();
    if (ConditionalGet.notModified(summary, request, response)) {
      return null;
    }
    return summary.value();
  }
}
