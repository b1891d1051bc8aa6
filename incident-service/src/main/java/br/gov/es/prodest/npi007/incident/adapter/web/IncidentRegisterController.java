package br.gov.es.prodest.npi007.incident.adapter.web;

import br.gov.es.prodest.npi007.incident.application.IncidentFilter;
import br.gov.es.prodest.npi007.incident.application.IncidentRegister;
import java.util.List;
import org.springframework.http.HttpStatus;
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

  /** Incidents, newest first, optionally only those of one status, organ, component or source, open or closed. */
  @GetMapping
  public List<IncidentResponse> list(@RequestParam(required = false) String status,
      @RequestParam(required = false) String organ, @RequestParam(required = false) String component,
      @RequestParam(required = false) String source, @RequestParam(required = false) Boolean open) {
    return register.list(new IncidentFilter(blankToNull(status), blankToNull(organ), blankToNull(component),
            blankToNull(source), open))
        .stream().map(IncidentResponse::of).toList();
  }

  /** The incident's events in sequence order. */
  @GetMapping("/{id}/timeline")
  public List<TimelineEntryResponse> timeline(@PathVariable String id) {
    return register.timeline(id).orElseThrow(() -> new IncidentNotFound(id)).stream()
        .map(TimelineEntryResponse::of).toList();
  }

  @GetMapping("/{id}")
  public IncidentResponse one(@PathVariable String id) {
    return register.find(id).map(IncidentResponse::of).orElseThrow(() -> new IncidentNotFound(id));
  }

  /** As an RFC 9457 problem document ({@code application/problem+json}). */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> notFound(IncidentNotFound notFound) {
    return ResponseEntity.of(notFound.getBody()).build();
  }

  static final class IncidentNotFound extends ErrorResponseException {

    IncidentNotFound(String id) {
      super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(String id) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
          "Incidente " + id + " não encontrado.");
      problem.setTitle("Incidente não encontrado");
      return problem;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
