package br.gov.es.prodest.npi007.incident.adapter.web;

import br.gov.es.prodest.npi007.incident.application.IncidentFilter;
import br.gov.es.prodest.npi007.incident.application.IncidentRegister;
import br.gov.es.prodest.npi007.incident.application.TimelineEntry;
import br.gov.es.prodest.npi007.incident.messages.application.IncidentMessages;
import br.gov.es.prodest.npi007.incident.timeline.application.IncidentTimeline;
import br.gov.es.prodest.npi007.paging.InvalidPageRequest;
import br.gov.es.prodest.npi007.paging.PageRequest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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
  private final IncidentTimeline timeline;

  public IncidentRegisterController(IncidentRegister register, IncidentMessages messages) {
    this.register = register;
    this.timeline = new IncidentTimeline(register, messages);
  }

  /**
   * One page of incidents, newest first, optionally only those of one status, organ, component or
   * source, open or closed; {@code limit} (default 50, at most 500) and the {@code cursor} of the
   * previous page's {@value PagedResponses#NEXT_CURSOR} header.
   */
  @GetMapping
  public ResponseEntity<List<IncidentResponse>> list(@RequestParam(required = false) String status,
      @RequestParam(required = false) String organ, @RequestParam(required = false) String component,
      @RequestParam(required = false) String source, @RequestParam(required = false) Boolean open,
      @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
    IncidentFilter filter = new IncidentFilter(blankToNull(status), blankToNull(organ), blankToNull(component),
        blankToNull(source), open);
    return PagedResponses.of(register.page(filter, PageRequest.of(limit, cursor)).map(IncidentResponse::of));
  }

  /**
   * The incident's events, messages and delivery attempts by time; {@code kind} (e.g. {@code event},
   * or {@code message,delivery}) keeps only those kinds.
   */
  @GetMapping("/{id}/timeline")
  public List<TimelineEntryResponse> timeline(@PathVariable String id,
      @RequestParam(required = false) List<String> kind) {
    return timeline.of(id, kinds(kind)).orElseThrow(() -> new IncidentNotFound(id)).stream()
        .map(TimelineEntryResponse::of).toList();
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

  private static Set<TimelineEntry.Kind> kinds(List<String> labels) {
    if (labels == null || labels.isEmpty()) {
      return EnumSet.allOf(TimelineEntry.Kind.class);
    }
    Set<TimelineEntry.Kind> kinds = EnumSet.noneOf(TimelineEntry.Kind.class);
    for (String label : labels) {
      kinds.add(Arrays.stream(TimelineEntry.Kind.values()).filter(kind -> kind.label().equals(label.strip()))
          .findFirst().orElseThrow(() -> badKind(label)));
    }
    return kinds;
  }

  private static ErrorResponseException badKind(String label) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        "Tipo de entrada desconhecido: " + label + " (use event, message ou delivery).");
    problem.setTitle("Tipo de entrada desconhecido");
    return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
