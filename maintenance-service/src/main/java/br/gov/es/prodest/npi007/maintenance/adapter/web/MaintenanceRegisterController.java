package br.gov.es.prodest.npi007.maintenance.adapter.web;

import br.gov.es.prodest.npi007.maintenance.application.MaintenanceFilter;
import br.gov.es.prodest.npi007.maintenance.application.MaintenanceRegister;
import br.gov.es.prodest.npi007.paging.InvalidPageRequest;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The internal query API over the maintenance register, routed to by the gateway. */
@RestController
@RequestMapping("/internal/maintenances")
public class MaintenanceRegisterController {

  /** The response header that carries the next page's cursor while more items remain. */
  static final String NEXT_CURSOR = Page.NEXT_CURSOR_HEADER;

  private final MaintenanceRegister register;

  public MaintenanceRegisterController(MaintenanceRegister register) {
    this.register = register;
  }

  /**
   * One page of maintenances upcoming (soonest first), in progress, or past (most recent first); of
   * one component, status or responsible unit; {@code limit} (default 50, at most 500) and the {@code cursor} of the
   * previous page's {@value #NEXT_CURSOR} header.
   */
  @GetMapping
  public ResponseEntity<List<MaintenanceResponse>> list(@RequestParam(required = false) String when,
      @RequestParam(required = false) String component, @RequestParam(required = false) String status,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String limit, @RequestParam(required = false) String cursor) {
    MaintenanceFilter.When period = blankToNull(when) == null ? null
        : MaintenanceFilter.When.parse(when.strip()).orElseThrow(() -> new BadWhen(when));
    Page<MaintenanceResponse> page = register.page(
        new MaintenanceFilter(period, blankToNull(component), blankToNull(status), blankToNull(unit)),
        PageRequest.of(limit, cursor))
        .map(MaintenanceResponse::listed);
    var response = ResponseEntity.ok();
    page.next().ifPresent(next -> response.header(NEXT_CURSOR, next));
    return response.body(page.items());
  }

  /** One maintenance with its history, in sequence order. */
  @GetMapping("/{id}")
  public MaintenanceResponse one(@PathVariable String id) {
    return register.find(id).map(view -> MaintenanceResponse.of(view, register.history(id).orElse(List.of())))
        .orElseThrow(() -> new MaintenanceNotFound(id));
  }

  /** As an RFC 9457 problem document ({@code application/problem+json}). */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> problem(ErrorResponseException problem) {
    return ResponseEntity.of(problem.getBody()).build();
  }

  /** A bad {@code limit} or {@code cursor}: 400, with the problem's {@code code}. */
  @ExceptionHandler
  ResponseEntity<ProblemDetail> invalidPage(InvalidPageRequest invalid) {
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, invalid.title(), invalid.getMessage());
    problem.setProperty("code", invalid.code());
    return ResponseEntity.of(problem).build();
  }

  static final class MaintenanceNotFound extends ErrorResponseException {

    MaintenanceNotFound(String id) {
      super(HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND, "Manutenção não encontrada",
          "Manutenção " + id + " não encontrada."), null);
    }
  }

  static final class BadWhen extends ErrorResponseException {

    BadWhen(String when) {
      super(HttpStatus.BAD_REQUEST, problem(HttpStatus.BAD_REQUEST, "Período inválido",
          "O parâmetro when aceita upcoming, in-progress ou past, não \"" + when + "\"."), null);
    }
  }

  private static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
