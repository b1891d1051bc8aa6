package br.gov.es.prodest.npi007.notification.tracking.adapter.web;

import br.gov.es.prodest.npi007.notification.message.domain.MessageTemplate;
import br.gov.es.prodest.npi007.notification.outbox.domain.NotificationStatus;
import br.gov.es.prodest.npi007.notification.tracking.application.Outbox;
import br.gov.es.prodest.npi007.notification.tracking.application.OutboxEntry;
import br.gov.es.prodest.npi007.notification.tracking.application.OutboxOrder;
import br.gov.es.prodest.npi007.notification.tracking.application.OutboxQuery;
import br.gov.es.prodest.npi007.paging.InvalidPageRequest;
import br.gov.es.prodest.npi007.paging.Page;
import br.gov.es.prodest.npi007.paging.PageRequest;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The outbox's internal query API, routed to by the gateway. */
@RestController
@RequestMapping("/internal/notifications")
class NotificationController {

  /** The response header that carries the next page's cursor while more items remain. */
  static final String NEXT_CURSOR = Page.NEXT_CURSOR_HEADER;

  private final Outbox outbox;

  NotificationController(Outbox outbox) {
    this.outbox = outbox;
  }

  /**
   * One page of notifications in rendering order, or newest first with {@code order=newest};
   * {@code limit} (default 50, at most 500) and the {@code cursor} of the previous page's
   * {@value #NEXT_CURSOR} header (given with the same order).
   */
  @GetMapping
  ResponseEntity<?> list(
      @RequestParam(required = false) String incidentId,
      @RequestParam(required = false) String maintenanceId,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String order,
      @RequestParam(required = false) String limit,
      @RequestParam(required = false) String cursor) {
    if (status != null && Arrays.stream(NotificationStatus.values()).noneMatch(known -> known.name().equals(status))) {
      return problem(HttpStatus.BAD_REQUEST, "Situação desconhecida: " + status + ". Use "
          + Arrays.stream(NotificationStatus.values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
    }
    if (type != null && MessageTemplate.byId(type).isEmpty()) {
      return problem(HttpStatus.BAD_REQUEST, "Tipo de mensagem desconhecido: " + type + ". Use 6.1 a 6.6 ou um aviso de 6.5 (ex.: 6.5-lembrete).");
    }
    OutboxOrder walk = OutboxOrder.named(order).orElse(null);
    if (walk == null) {
      return problem(HttpStatus.BAD_REQUEST, "O parâmetro order aceita oldest ou newest, não \"" + order + "\".");
    }
    OutboxQuery query = new OutboxQuery(incidentId, maintenanceId,
        status == null ? null : NotificationStatus.valueOf(status), type);
    Page<NotificationResponse> page = outbox.page(query, walk, PageRequest.of(limit, cursor)).map(this::response);
    var response = ResponseEntity.ok();
    page.next().ifPresent(next -> response.header(NEXT_CURSOR, next));
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

  @GetMapping("/{id}")
  ResponseEntity<?> one(@PathVariable String id) {
    return outbox.byId(id)
        .<ResponseEntity<?>>map(entry -> ResponseEntity.ok(response(entry)))
        .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "Notificação " + id + " não encontrada."));
  }

  private NotificationResponse response(OutboxEntry entry) {
    return NotificationResponse.of(entry, outbox.statusOf(entry), outbox.deliveriesOf(entry.id()));
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(status == HttpStatus.NOT_FOUND ? "Notificação não encontrada" : "Consulta inválida");
    return ResponseEntity.of(problem).build();
  }
}
