package br.gov.es.prodest.npi007.gateway.organ;

import br.gov.es.prodest.npi007.gateway.problem.ApiProblem;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/organs")
@Tag(name = "Órgãos", description = "Catálogo de órgãos e seus destinatários")
public class OrganController {

  private final OrganCatalogue catalogue;

  public OrganController(OrganCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping
  @Operation(summary = "Lista os órgãos do catálogo")
  public List<Organ> list() {
    return catalogue.all();
  }

  @GetMapping("/{code}")
  @Operation(summary = "Um órgão do catálogo, pelo código")
  public Organ one(@PathVariable String code) {
    return catalogue.find(code)
        .orElseThrow(() -> ApiProblem.notFound("ORGAN_NOT_FOUND", "Órgão " + code + " não existe no catálogo."));
  }
}
