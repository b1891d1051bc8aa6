package br.gov.es.prodest.npi007.gateway.notification;

import br.gov.es.prodest.npi007.gateway.command.AggregateVersions;
import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.internalapi.PagedResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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
  @Operation(summary = "Lista notificações, na ordem em que foram renderizadas ou, com order=newest, "
      + "as mais recentes primeiro")
  public ResponseEntity<List<NotificationView>> list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String incidentId,
      @RequestParam(required = false) String maintenanceId,
      @Parameter(description = "Ordem da lista: oldest (padrão; na ordem em que foram renderizadas) ou newest "
          + "(as mais recentes primeiro); o cursor vale só para a ordem em que foi dado",
          schema = @Schema(allowableValues = {"oldest", "newest"}, defaultValue = "oldest"))
      @RequestParam(required = false) String order,
      @Parameter(description = "Itens por página: de 1 a 500 (padrão 50)") @RequestParam(required = false) String limit,
      @Parameter(description = "Onde a página começa: o valor do cabeçalho Link (rel=\"next\") da página anterior")
      @RequestParam(required = false) String cursor,
      HttpServletRequest http) {
    PageRequest page = PageRequest.of(limit, cursor);
    return PagedResponses.ok(queries.list(status, type, incidentId, maintenanceId, order, page), page, http);
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
