package br.gov.es.prodest.npi007.incident.timeline.adapter.web;

import br.gov.es.prodest.npi007.incident.adapter.web.IncidentNotFound;
import br.gov.es.prodest.npi007.incident.application.IncidentRegister;
import br.gov.es.prodest.npi007.incident.application.TimelineEntry;
import br.gov.es.prodest.npi007.incident.messages.application.IncidentMessages;
import br.gov.es.prodest.npi007.incident.timeline.application.IncidentTimeline;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The internal timeline of one incident, routed to by the gateway (/api/v1/incidents/{id}/timeline). */
@RestController
public class IncidentTimelineController {

  private final IncidentTimeline timeline;

  public IncidentTimelineController(IncidentRegister register, IncidentMessages messages) {
    this.timeline = new IncidentTimeline(register, messages);
  }

  /**
   * The incident's events, messages and delivery attempts by time; {@code kind} (e.g. {@code event},
   * or {@code message,delivery}) keeps only those kinds.
   */
  @GetMapping("/internal/incidents/{id}/timeline")
  public List<TimelineEntryResponse> timeline(@PathVariable String id,
      @RequestParam(required = false) List<String> kind) {
    return timeline.of(id, kinds(kind)).orElseThrow(() -> new IncidentNotFound(id)).stream()
        .map(TimelineEntryResponse::of).toList();
  }

  /** As an RFC 9457 problem document ({@code application/problem+json}). */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> problem(ErrorResponseException problem) {
    return ResponseEntity.of(problem.getBody()).build();
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
}
