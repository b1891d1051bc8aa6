package br.gov.es.prodest.npi007.incident.compliance.adapter.web;

import br.gov.es.prodest.npi007.incident.adapter.web.IncidentNotFound;
import br.gov.es.prodest.npi007.incident.application.IncidentRegister;
import br.gov.es.prodest.npi007.incident.compliance.application.ComplianceView;
import br.gov.es.prodest.npi007.incident.messages.application.IncidentMessages;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The internal compliance view, routed to by the gateway (/api/v1/incidents/{id}/compliance, /api/v1/compliance). */
@RestController
public class ComplianceController {

  private final ComplianceView compliance;

  public ComplianceController(IncidentRegister register, IncidentMessages messages) {
    this.compliance = new ComplianceView(register, messages);
  }

  @GetMapping("/internal/incidents/{id}/compliance")
  public ComplianceResponse one(@PathVariable String id) {
    return compliance.of(id).map(ComplianceResponse::of).orElseThrow(() -> new IncidentNotFound(id));
  }

  /** Every incident, newest first; {@code missing=true} lists those that miss a required message. */
  @GetMapping("/internal/compliance")
  public List<ComplianceResponse> list(@RequestParam(required = false) Boolean missing) {
    return compliance.list(missing).stream().map(ComplianceResponse::of).toList();
  }

  /** As an RFC 9457 problem document ({@code application/problem+json}). */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> notFound(IncidentNotFound notFound) {
    return ResponseEntity.of(notFound.getBody()).build();
  }
}
