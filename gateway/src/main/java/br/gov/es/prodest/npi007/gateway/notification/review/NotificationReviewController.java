package br.gov.es.prodest.npi007.gateway.notification.review;

import br.gov.es.prodest.npi007.gateway.command.AggregateVersions;
import br.gov.es.prodest.npi007.gateway.command.CommandConditions;
import br.gov.es.prodest.npi007.gateway.idempotency.IdempotencyKeys;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * ASCOM's commands on a message of the outbox. Each answers 200 with the notification's id, status
 * and version, and that version as {@code ETag}; {@code If-Match} makes it conditional. Both bodies
 * are optional.
 */
@RestController
@RequestMapping(path = "/api/v1/notifications/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Notificações", description = "Mensagens 6.1 a 6.6 renderizadas (caixa de saída da ASCOM)")
public class NotificationReviewController {

  private static final String AGGREGATE = "da notificação";

  private final NotificationReview review;

  public NotificationReviewController(NotificationReview review) {
    this.review = review;
  }

  @PostMapping("/approval")
  @Operation(summary = "Aprova a mensagem para envio, com o texto editado pela ASCOM se vier no corpo")
  public CompletableFuture<ResponseEntity<NotificationChanged>> approve(@PathVariable String id,
      @Valid @RequestBody(required = false) ApprovalRequest request,
      @Parameter(description = "Repetir com a mesma chave não duplica o comando")
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @Parameter(description = "Versão da notificação (ETag) sobre a qual o comando foi decidido")
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Parameter(hidden = true) CurrentUser user) {
    return review.approve(id, request, user, conditions(idempotencyKey, ifMatch))
        .thenApply(NotificationReviewController::answer);
  }

  @PostMapping("/posted")
  @Operation(summary = "Registra que a ASCOM publicou a mensagem manualmente no grupo")
  public CompletableFuture<ResponseEntity<NotificationChanged>> markPosted(@PathVariable String id,
      @Valid @RequestBody(required = false) PostedRequest request,
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Parameter(hidden = true) CurrentUser user) {
    return review.markPosted(id, request, user, conditions(idempotencyKey, ifMatch))
        .thenApply(NotificationReviewController::answer);
  }

  private static CommandConditions conditions(String idempotencyKey, String ifMatch) {
    return new CommandConditions(idempotencyKey, AggregateVersions.expectedVersion(ifMatch, AGGREGATE));
  }

  private static ResponseEntity<NotificationChanged> answer(NotificationChanged changed) {
    return ResponseEntity.ok().eTag(AggregateVersions.etag(changed.version())).body(changed);
  }
}
