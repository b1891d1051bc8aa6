package br.gov.es.prodest.npi007.gateway.incident;

import br.gov.es.prodest.npi007.gateway.idempotency.IdempotencyKeys;
import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.internalapi.PagedResponses;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import br.gov.es.prodest.npi007.gateway.unit.Unit;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
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

@RestController
@RequestMapping("/api/v1/incidents")
@Tag(name = "Incidentes", description = "Relato e consulta de incidentes (NPI-007 5.2.1)")
public class IncidentController {

  private final IncidentReporting reporting;
  private final IncidentQueries queries;

  public IncidentController(IncidentReporting reporting, IncidentQueries queries) {
    this.reporting = reporting;
    this.queries = queries;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Relata um possível incidente")
  public CompletableFuture<ResponseEntity<IncidentAccepted>> report(
      @Valid @RequestBody ReportIncidentRequest request,
      @Parameter(description = "Repetir com a mesma chave devolve o mesmo incidente, sem duplicá-lo")
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @Parameter(hidden = true) CurrentUser user) {
    return reporting.report(request, user, idempotencyKey)
        .thenApply(accepted -> ResponseEntity.created(URI.create("/api/v1/incidents/" + accepted.id())).body(accepted));
  }

  @GetMapping
  @Operation(summary = "Lista incidentes, do mais recente ao mais antigo")
  public ResponseEntity<List<IncidentView>> list(
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String organ,
      @RequestParam(required = false) String component,
      @RequestParam(required = false) IncidentSource source,
      @Parameter(description = "true: só os abertos; false: só os encerrados")
      @RequestParam(required = false) Boolean open,
      @Parameter(description = "Código da unidade responsável (GET /api/v1/units), p. ex. GEITIC")
      @RequestParam(required = false) String unit,
      @Parameter(description = "Itens por página: de 1 a 500 (padrão 50)") @RequestParam(required = false) String limit,
      @Parameter(description = "Onde a página começa: o valor do cabeçalho Link (rel=\"next\") da página anterior")
      @RequestParam(required = false) String cursor,
      HttpServletRequest http,
      @Parameter(hidden = true) CurrentUser user) {
    PageRequest page = PageRequest.of(limit, cursor);
    return PagedResponses.ok(queries.list(new IncidentFilter(status, organ, component, source, open,
        Unit.code(unit)), page, user), page, http);
  }

  @GetMapping("/{id}")
  @Operation(summary = "Um incidente; o ETag é a sua versão, para o If-Match dos comandos")
  public ResponseEntity<IncidentView> one(@PathVariable String id, @Parameter(hidden = true) CurrentUser user) {
    IncidentView incident = queries.one(id, user);
    ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
    if (incident.version() != null) {
      ok.eTag(IncidentVersions.etag(incident.version()));
    }
    return ok.body(incident);
  }
}
