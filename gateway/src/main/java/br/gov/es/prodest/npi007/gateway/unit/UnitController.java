package br.gov.es.prodest.npi007.gateway.unit;

import br.gov.es.prodest.npi007.gateway.idempotency.IdempotencyKeys;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Unidades", description = "Catálogo das unidades funcionais da norma (seção 4)")
public class UnitController {

  private final UnitCatalogue catalogue;
  private final UnitRegistration registration;

  public UnitController(UnitCatalogue catalogue, UnitRegistration registration) {
    this.catalogue = catalogue;
    this.registration = registration;
  }

  @GetMapping
  @Operation(summary = "Lista as unidades do catálogo em vigor")
  public List<Unit> list() {
    return catalogue.all();
  }

  @GetMapping("/{code}")
  @Operation(summary = "Uma unidade do catálogo, pelo código")
  public Unit one(@PathVariable String code) {
    return catalogue.find(code.toUpperCase(Locale.ROOT))
        .orElseThrow(() -> ApiProblem.notFound("UNIT_NOT_FOUND", "Unidade " + code + " não existe no catálogo."));
  }

  @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Cadastra ou altera uma unidade (ADMIN); responde quando o catálogo já mostra a alteração",
      description = "201 quando o código é novo, 200 quando altera uma unidade existente; 422 com os campos inválidos.")
  public ResponseEntity<Unit> put(@PathVariable String code, @RequestBody UnitRequest request,
      @Parameter(description = "Repetir com a mesma chave não grava a alteração de novo")
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @Parameter(hidden = true) CurrentUser user) {
    UnitRegistered registered = registration.register(code, request, user, idempotencyKey);
    if (registered.created()) {
      return ResponseEntity.created(URI.create("/api/v1/units/" + registered.unit().code()))
          .body(registered.unit());
    }
    return ResponseEntity.ok(registered.unit());
  }
}
