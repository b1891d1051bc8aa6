package br.gov.es.prodest.npi007.gateway.incident.lifecycle;

import br.gov.es.prodest.npi007.gateway.command.CommandConditions;
import br.gov.es.prodest.npi007.gateway.idempotency.IdempotencyKeys;
import br.gov.es.prodest.npi007.gateway.incident.IncidentVersions;
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
 * The commands on an incident after its report (NPI-007 5.2). Each answers 200 with the incident's
 * id, status and version, and that version as {@code ETag}; {@code If-Match} makes it conditional.
 */
@RestController
@RequestMapping(path = "/api/v1/incidents/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Incidentes", description = "Relato e consulta de incidentes (NPI-007 5.2.1)")
public class IncidentLifecycleController {

  private final IncidentLifecycle lifecycle;

  public IncidentLifecycleController(IncidentLifecycle lifecycle) {
    this.lifecycle = lifecycle;
  }

  @PostMapping("/service-request")
  @Operation(summary = "Vincula a SA aberta na central de serviços ao incidente")
  public CompletableFuture<ResponseEntity<IncidentChanged>> linkServiceRequest(@PathVariable String id,
      @Valid @RequestBody ServiceRequestLinkRequest request,
      @Parameter(description = "Repetir com a mesma chave não duplica o comando")
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @Parameter(description = "Versão do incidente (ETag) sobre a qual o comando foi decidido")
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Parameter(hidden = true) CurrentUser user) {
    return lifecycle.linkServiceRequest(id, request, user, conditions(idempotencyKey, ifMatch))
        .thenApply(IncidentLifecycleController::answer);
  }

  @PostMapping("/triage")
  @Operation(summary = "Registra a análise da equipe técnica: não confirmado, confirmado para todos ou para um órgão")
  public CompletableFuture<ResponseEntity<IncidentChanged>> triage(@PathVariable String id,
      @Valid @RequestBody TriageRequest request,
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Parameter(hidden = true) CurrentUser user) {
    return lifecycle.triage(id, request, user, conditions(idempotencyKey, ifMatch))
        .thenApply(IncidentLifecycleController::answer);
  }

  @PostMapping("/restoration")
  @Operation(summary = "Registra o restabelecimento do serviço")
  public CompletableFuture<ResponseEntity<IncidentChanged>> restore(@PathVariable String id,
      @Valid @RequestBody RestorationRequest request,
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Parameter(hidden = true) CurrentUser user) {
    return lifecycle.restore(id, request, user, conditions(idempotencyKey, ifMatch))
        .thenApply(IncidentLifecycleController::answer);
  }

  @PostMapping("/statements")
  @Operation(summary = "Registra o pronunciamento da gestão no grupo (confirmação ou restabelecimento)")
  public CompletableFuture<ResponseEntity<IncidentChanged>> postStatement(@PathVariable String id,
      @Valid @RequestBody StatementRequest request,
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Parameter(hidden = true) CurrentUser user) {
    return lifecycle.postStatement(id, request, user, conditions(idempotencyKey, ifMatch))
        .thenApply(IncidentLifecycleController::answer);
  }

  @PostMapping("/maintenance")
  @Operation(summary = "Vincula ao incidente a manutenção que restabelecerá o serviço")
  public CompletableFuture<ResponseEntity<IncidentChanged>> linkMaintenance(@PathVariable String id,
      @Valid @RequestBody MaintenanceLinkRequest request,
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Parameter(hidden = true) CurrentUser user) {
    return lifecycle.linkMaintenance(id, request, user, conditions(idempotencyKey, ifMatch))
        .thenApply(IncidentLifecycleController::answer);
  }

  @PostMapping("/assignment")
  @Operation(summary = "Define a unidade responsável pelo incidente, ou a troca (seção 4 da norma)",
      description = "A unidade vem do catálogo (GET /api/v1/units); 422 se não estiver nele, 409 se o incidente "
          + "estiver encerrado. A unidade anterior fica registrada na linha do tempo.")
  public CompletableFuture<ResponseEntity<IncidentChanged>> assign(@PathVariable String id,
      @Valid @RequestBody AssignmentRequest request,
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      @Parameter(hidden = true) CurrentUser user) {
    return lifecycle.assign(id, request, user, conditions(idempotencyKey, ifMatch))
        .thenApply(IncidentLifecycleController::answer);
  }

  private static CommandConditions conditions(String idempotencyKey, String ifMatch) {
    return new CommandConditions(idempotencyKey, IncidentVersions.expectedVersion(ifMatch));
  }

  private static ResponseEntity<IncidentChanged> answer(IncidentChanged changed) {
    return ResponseEntity.ok().eTag(IncidentVersions.etag(changed.version())).body(changed);
  }
}
