package br.gov.es.prodest.npi007.gateway.incident.compliance;

import br.gov.es.prodest.npi007.gateway.internalapi.PageRequest;
import br.gov.es.prodest.npi007.gateway.internalapi.PagedResponses;
import br.gov.es.prodest.npi007.gateway.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Whether each incident got the messages the norm requires, and in what time (report → 6.1, → triage, → 6.4). */
@RestController
@Tag(name = "Conformidade", description = "Mensagens exigidas pela NPI-007 por incidente, enviadas ou não, e os tempos")
public class ComplianceController {

  private final IncidentCompliance compliance;

  public ComplianceController(IncidentCompliance compliance) {
    this.compliance = compliance;
  }

  @GetMapping("/api/v1/incidents/{id}/compliance")
  @Operation(summary = "A conformidade de um incidente: mensagens exigidas, enviadas e quando")
  public JsonNode one(@PathVariable String id, @Parameter(hidden = true) CurrentUser user) {
    return compliance.of(id, user);
  }

  @GetMapping("/api/v1/compliance")
  @Operation(summary = "A conformidade de todos os incidentes")
  public ResponseEntity<List<JsonNode>> list(
      @Parameter(description = "true: só os incidentes a que falta alguma mensagem exigida")
      @RequestParam(required = false) Boolean missing,
      @Parameter(description = "Só os incidentes de que esta unidade é a responsável (código, ex. GESIT)")
      @RequestParam(required = false) String unit,
      @Parameter(description = "Só os incidentes relatados a partir deste instante (ISO-8601, ex. 2026-12-01T03:00:00Z)")
      @RequestParam(required = false) String from,
      @Parameter(description = "Só os incidentes relatados antes deste instante (ISO-8601)")
      @RequestParam(required = false) String until,
      @Parameter(description = "Itens por página: de 1 a 500 (padrão 50)") @RequestParam(required = false) String limit,
      @Parameter(description = "Onde a página começa: o valor do cabeçalho Link (rel=\"next\") da página anterior")
      @RequestParam(required = false) String cursor,
      HttpServletRequest http) {
    PageRequest page = PageRequest.of(limit, cursor);
    return PagedResponses.ok(compliance.list(missing, unit, from, until, page), page, http);
  }
}
