package br.gov.es.prodest.npi007.incident.compliance.adapter.web;

import br.gov.es.prodest.npi007.incident.adapter.web.IncidentNotFound;
import br.gov.es.prodest.npi007.incident.adapter.web.PagedResponses;
import br.gov.es.prodest.npi007.incident.application.ReportPeriod;
import br.gov.es.prodest.npi007.incident.compliance.application.ComplianceView;
import br.gov.es.prodest.npi007.paging.InvalidPageRequest;
import br.gov.es.prodest.npi007.paging.PageRequest;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.ErrorResponseException;

/** The internal compliance view, routed to by the gateway (/api/v1/incidents/{id}/compliance, /api/v1/compliance). */
@RestController
public class ComplianceController {

  private final ComplianceView compliance;

  public ComplianceController(ComplianceView compliance) {
    this.compliance = compliance;
  }

  @GetMapping("/internal/incidents/{id}/compliance")
  public ComplianceResponse one(@PathVariable String id) {
    return compliance.of(id).map(ComplianceResponse::of).orElseThrow(() -> new IncidentNotFound(id));
  }

  /**
   * One page of incidents, newest first; {@code missing=true} lists those with a required
   * message past its deadline; {@code unit} those a unit is responsible for; {@code from} and {@code until} (instants, ISO-8601) keep those reported in
   * {@code [from, until)}, and the walk covers only that stretch; {@code limit} and {@code cursor}
   * as for the incident list.
   */
  @GetMapping("/internal/compliance")
  public ResponseEntity<List<ComplianceResponse>> list(@RequestParam(required = false) Boolean missing,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String from, @RequestParam(required = false) String until,
      @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
    ReportPeriod period = ReportPeriods.of(from, until);
    return PagedResponses.of(compliance.page(missing, unit == null || unit.isBlank() ? null : unit.strip(), period, PageRequest.of(limit, cursor))
        .map(ComplianceResponse::of));
  }

  /** As an RFC 9457 problem document ({@code application/problem+json}). */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> notFound(IncidentNotFound notFound) {
    return ResponseEntity.of(notFound.getBody()).build();
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> badPeriod(ErrorResponseException problem) {
    return ResponseEntity.of(problem.getBody()).build();
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalidPage(InvalidPageRequest invalid) {
    return PagedResponses.problem(invalid);
  }
}
