package br.gov.es.prodest.npi007.incident.adapter.web;

import br.gov.es.prodest.npi007.incident.application.IncidentFilter;
import br.gov.es.prodest.npi007.incident.application.IncidentRegister;
import br.gov.es.prodest.npi007.paging.InvalidPageRequest;
import br.gov.es.prodest.npi007.paging.PageRequest;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.ErrorResponseException;

/** The internal query API over the incident register, routed to by the gateway. */
@RestController
@RequestMapping("/internal/incidents")
public class IncidentRegisterController {

  private final IncidentRegister register;

  public IncidentRegisterController(IncidentRegister register) {
    this.register = register;
  }

  /**
   * One page of incidents, newest first, optionally only those of one status, organ, component,
   * source or responsible unit, open or closed; {@code limit} (default 50, at most 500) and the
   * {@code cursor} of the previous page's {@value PagedResponses#NEXT_CURSOR} header.
   */
  @GetMapping
  public ResponseEntity<List<IncidentResponse>> list(@RequestParam(required = false) String status,
      @RequestParam(required = false) String organ, @RequestParam(required = false) String component,
      @RequestParam(required = false) String source, @RequestParam(required = false) Boolean open,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
    IncidentFilter filter = new IncidentFilter(blankToNull(status), blankToNull(organ), blankToNull(component),
        blankToNull(source), open, blankToNull(unit));
    return PagedResponses.of(register.page(filter, PageRequest.of(limit, cursor)).map(IncidentResponse::of));
  }

  @GetMapping("/{id}")
  public IncidentResponse one(@PathVariable String id) {
    return register.find(id).map(IncidentResponse::of).orElseThrow(() -> new IncidentNotFound(id));
  }

  /** As an RFC 9457 problem document ({@code application/problem+json}). */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> problem(ErrorResponseException problem) {
    return ResponseEntity.of(problem.getBody()).build();
  }

  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalidPage(InvalidPageRequest invalid) {
    return PagedResponses.problem(invalid);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
