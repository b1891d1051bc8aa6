package br.gov.es.prodest.npi007.gateway.maintenance;

import br.gov.es.prodest.npi007.gateway.command.AggregateVersions;
import br.gov.es.prodest.npi007.gateway.command.CommandConditions;
import br.gov.es.prodest.npi007.gateway.idempotency.IdempotencyKeys;
import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.internalapi.PagedResponses;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scheduled maintenances (NPI-007 5.2.1.3, message 6.5): the team requests, reschedules, cancels
 * and completes them; every role consults them. Commands answer with the maintenance's id, status,
 * version and warnings, and the version as {@code ETag}; {@code If-Match} makes them conditional.
 */
@RestController
@RequestMapping("/api/v1/maintenances")
@Tag(name = "Manutenções", description = "Manutenções programadas e seus avisos (NPI-007 5.2.1.3, mensagem 6.5)")
public class MaintenanceController {

  private static final String AGGREGATE = "da manutenção";

  private final MaintenanceScheduling scheduling;
  private final MaintenanceQueries queries;

  public MaintenanceController(MaintenanceScheduling scheduling, MaintenanceQueries queries) {
    this.scheduling = scheduling;
    this.queries = queries;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Agenda uma manutenção; a 6.5 é enviada a todos os órgãos")
  public CompletableFuture<ResponseEntity<MaintenanceChanged>> request(@Valid @RequestBody RequestMaintenanceRequest request,
      @Parameter(description = "Repetir com a mesma chave devolve a mesma manutenção, sem duplicá-la")
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @Parameter(hidden = true) CurrentUser user) {
    return scheduling.request(request, user, idempotencyKey)
        .thenApply(requested -> ResponseEntity.created(URI.create("/api/v1/maintenances/" + requested.id()))
            .eTag(AggregateVersions.etag(requested.version())).body(requested));
  }

  @PostMapping(path = "/{id}/reschedule", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Reagenda a janela da manutenção; o aviso é repetido dizendo que foi reagendada")
  public CompletableFuture<ResponseEntity<MaintenanceChanged>> reschedule(@PathVariable String id,
      @Valid @RequestBody RescheduleRequest request,
      @Parameter(description = "Repetir com a mesma chave não duplica o comando")
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @Parameter(description = "Versão da manutenção (ETag) sobre a qual o comando foi decidido")
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Parameter(hidden = true) CurrentUser user) {
    return scheduling.reschedule(id, request, user, conditions(idempotencyKey, ifMatch))
        .thenApply(MaintenanceController::answer);
  }

  @PostMapping(path = "/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Cancela a manutenção; o cancelamento é avisado")
  public CompletableFuture<ResponseEntity<MaintenanceChanged>> cancel(@PathVariable String id,
      @Valid @RequestBody(required = false) CancellationRequest request,
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Parameter(hidden = true) CurrentUser user) {
    return scheduling.cancel(id, request, user, conditions(idempotencyKey, ifMatch))
        .thenApply(MaintenanceController::answer);
  }

  @PostMapping(path = "/{id}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Registra que a manutenção em andamento terminou antes do fim da janela")
  public CompletableFuture<ResponseEntity<MaintenanceChanged>> complete(@PathVariable String id,
      @Valid @RequestBody(required = false) CompletionRequest request,
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Parameter(hidden = true) CurrentUser user) {
    return scheduling.complete(id, request, user, conditions(idempotencyKey, ifMatch))
        .thenApply(MaintenanceController::answer);
  }

  @GetMapping
  @Operation(summary = "Lista manutenções: próximas (da mais próxima), em andamento ou passadas (da mais recente)")
  public ResponseEntity<List<MaintenanceView>> list(
      @Parameter(description = "upcoming, in-progress ou past") @RequestParam(required = false) String when,
      @RequestParam(required = false) String component,
      @RequestParam(required = false) String status,
      @Parameter(description = "Código da unidade responsável (ex. GEITIC)") @RequestParam(required = false) String unit,
      @Parameter(description = "Itens por página: de 1 a 500 (padrão 50)") @RequestParam(required = false) String limit,
      @Parameter(description = "Onde a página começa: o valor do cabeçalho Link (rel=\"next\") da página anterior")
      @RequestParam(required = false) String cursor,
      HttpServletRequest http) {
    PageRequest page = PageRequest.of(limit, cursor);
    return PagedResponses.ok(queries.list(when, component, status, unit, page), page, http);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Uma manutenção, com lembretes e histórico; o ETag é a sua versão, para o If-Match dos comandos")
  public ResponseEntity<MaintenanceView> one(@PathVariable String id) {
    MaintenanceView maintenance = queries.one(id);
    ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
    if (maintenance.version() != null) {
      ok.eTag(AggregateVersions.etag(maintenance.version()));
    }
    return ok.body(maintenance);
  }

  private static CommandConditions conditions(String idempotencyKey, String ifMatch) {
    return new CommandConditions(idempotencyKey, AggregateVersions.expectedVersion(ifMatch, AGGREGATE));
  }

  private static ResponseEntity<MaintenanceChanged> answer(MaintenanceChanged changed) {
    return ResponseEntity.ok().eTag(AggregateVersions.etag(changed.version())).body(changed);
  }
}
