package br.gov.es.prodest.npi007.gateway.notification;

import br.gov.es.prodest.npi007.gateway.command.AggregateVersions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The messages of the norm, for ASCOM, the teams, managers and admins. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notificações", description = "Mensagens 6.1 a 6.6 renderizadas (caixa de saída da ASCOM)")
public class NotificationController {

  private final NotificationQueries queries;

  public NotificationController(NotificationQueries queries) {
    this.queries = queries;
  }

  @GetMapping
  @Operation(summary = "Lista notificações, na ordem em que foram renderizadas")
  public List<NotificationView> list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String incidentId,
      @RequestParam(required = false) String maintenanceId) {
    return queries.list(status, type, incidentId, maintenanceId);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Uma notificação, com o texto de cada canal e o histórico; o ETag é a sua versão, "
      + "para o If-Match dos comandos")
  public ResponseEntity<NotificationView> one(@PathVariable String id) {
    NotificationView notification = queries.one(id);
    ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
    if (notification.version() != null) {
      ok.eTag(AggregateVersions.etag(notification.version()));
    }
    return ok.body(notification);
  }
}
