package br.gov.es.prodest.npi007.gateway.organ;

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
@RequestMapping("/api/v1/organs")
@Tag(name = "Órgãos", description = "Catálogo de órgãos e seus destinatários")
public class OrganController {

  private final OrganCatalogue catalogue;
  private final OrganRegistration registration;

  public OrganController(OrganCatalogue catalogue, OrganRegistration registration) {
    this.catalogue = catalogue;
    this.registration = registration;
  }

  @GetMapping
  @Operation(summary = "Lista os órgãos do catálogo em vigor")
  public List<Organ> list() {
    return catalogue.all();
  }

  @GetMapping("/{code}")
  @Operation(summary = "Um órgão do catálogo, pelo código")
  public Organ one(@PathVariable String code) {
    return catalogue.find(code.toUpperCase(Locale.ROOT))
        .orElseThrow(() -> ApiProblem.notFound("ORGAN_NOT_FOUND", "Órgão " + code + " não existe no catálogo."));
  }

  @PutMapping(path = "/{code}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Cadastra ou altera um órgão (ADMIN); responde quando o catálogo já mostra a alteração",
      description = "201 quando o código é novo, 200 quando altera um órgão existente; 422 com os campos inválidos.")
  public ResponseEntity<Organ> put(@PathVariable String code, @RequestBody OrganRequest request,
      @Parameter(description = "Repetir com a mesma chave não grava a alteração de novo")
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @Parameter(hidden = true) CurrentUser user) {
    OrganRegistered registered = registration.register(code, request, user, idempotencyKey);
    if (registered.created()) {
      return ResponseEntity.created(URI.create("/api/v1/organs/" + registered.organ().code()))
          .body(registered.organ());
    }
    return ResponseEntity.ok(registered.organ());
  }
}
