package br.gov.es.prodest.npi007.notification.status.adapter.web;

import br.gov.es.prodest.npi007.notification.status.application.PublicStatus;
import br.gov.es.prodest.npi007.paging.InvalidPageRequest;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import java.time.Clock;
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

/** The public status's internal query API, read by the gateway's public pages (issue 12). */
@RestController
@RequestMapping("/internal/status")
class StatusController {

  /** The response header that carries the time of the last public change (also in the bodies that have one). */
  static final String LAST_CHANGED = "Npi007-Last-Changed";

  private final PublicStatus status;
  private final Clock clock = Clock.systemUTC();

  StatusController(PublicStatus status) {
    this.status = status;
  }

  @GetMapping
  ResponseEntity<StatusResponses.OverviewResponse> overview() {
    StatusResponses.OverviewResponse overview = StatusResponses.of(status.overview());
    return ResponseEntity.ok().header(LAST_CHANGED, overview.lastChangedAt()).body(overview);
  }

  @GetMapping("/components/{slug}")
  ResponseEntity<?> component(@PathVariable String slug) {
    return status.component(slug, clock.instant())
        .<ResponseEntity<?>>map(detail -> ResponseEntity.ok().header(LAST_CHANGED, detail.lastChangedAt().toString())
            .body(StatusResponses.of(detail)))
        .orElseGet(() -> notFound(slug));
  }

  /**
   * The feed, newest first; {@code limit} (default 50, at most 500) and the {@code cursor} of the
   * previous page's {@value Page#NEXT_CURSOR_HEADER} header.
   */
  @GetMapping("/updates")
  ResponseEntity<List<StatusResponses.UpdateResponse>> updates(@RequestParam(required = false) String component,
      @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
    String lastChanged = status.lastChangedAt().toString();
    Page<StatusResponses.UpdateResponse> page = status.updates(component == null || component.isBlank() ? null
        : component, PageRequest.of(limit, cursor)).map(StatusResponses::of);
    var response = ResponseEntity.ok().header(LAST_CHANGED, lastChanged);
    page.next().ifPresent(next -> response.header(Page.NEXT_CURSOR_HEADER, next));
    return response.body(page.items());
  }

  /** A bad {@code limit} or {@code cursor}: 400, with the problem's {@code code}. */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalidPage(InvalidPageRequest invalid) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
    problem.setTitle(invalid.title());
    problem.setProperty("code", invalid.code());
    return ResponseEntity.of(problem).build();
  }

  private static ResponseEntity<ProblemDetail> notFound(String slug) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
        "Componente " + slug + " não encontrado na página de situação.");
    problem.setTitle("Componente não encontrado");
    return ResponseEntity.of(problem).build();
  }
}
