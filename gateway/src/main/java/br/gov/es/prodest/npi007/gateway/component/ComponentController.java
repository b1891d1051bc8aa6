package br.gov.es.prodest.npi007.gateway.component;

import br.gov.es.prodest.npi007.gateway.idempotency.IdempotencyKeys;
import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.internalapi.PagedResponses;
import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/components")
@Tag(name = "Componentes", description = "Catálogo de componentes da página pública de status")
public class ComponentController {

  private final ComponentCatalogue catalogue;
  private final ComponentRegistration registration;

  public ComponentController(ComponentCatalogue catalogue, ComponentRegistration registration) {
    this.catalogue = catalogue;
    this.registration = registration;
  }

  @GetMapping
  @Operation(summary = "Lista os componentes do catálogo em vigor, pelo slug")
  public ResponseEntity<List<Component>> list(
      @Parameter(description = "Itens por página: de 1 a 500 (padrão 50)") @RequestParam(required = false) String limit,
      @Parameter(description = "Onde a página começa: o valor do cabeçalho Link (rel=\"next\") da página anterior")
      @RequestParam(required = false) String cursor,
      HttpServletRequest http) {
    PageRequest page = PageRequest.of(limit, cursor);
    return PagedResponses.ok(catalogue.page(page.cursor(), page.limit()), page, http);
  }

  @GetMapping("/{slug}")
  @Operation(summary = "Um componente do catálogo, pelo slug")
  public Component one(@PathVariable String slug) {
    return catalogue.find(slug).orElseThrow(() ->
        ApiProblem.notFound("COMPONENT_NOT_FOUND", "O componente " + slug + " não existe no catálogo."));
  }

  @PutMapping(path = "/{slug}", consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Cadastra ou altera um componente (ADMIN); responde quando o catálogo já mostra a alteração",
      description = "201 quando o slug é novo, 200 quando altera um componente existente; 400 com os campos "
          + "inválidos (VALIDATION_FAILED) ou um slug inválido (INVALID_COMPONENT_SLUG).")
  public ResponseEntity<Component> put(
      @Parameter(description = "Letras minúsculas sem acento, dígitos e hífens entre eles (até 64)", example = "sistema-e-docs")
      @PathVariable String slug,
      @Valid @RequestBody ComponentRequest request,
      @Parameter(description = "Repetir com a mesma chave não grava a alteração de novo")
      @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String idempotencyKey,
      @Parameter(hidden = true) CurrentUser user) {
    ComponentRegistered registered = registration.register(slug, request, user, idempotencyKey);
    if (registered.created()) {
      return ResponseEntity.created(URI.create("/api/v1/components/" + slug)).body(registered.component());
    }
    return ResponseEntity.ok(registered.component());
  }
}
