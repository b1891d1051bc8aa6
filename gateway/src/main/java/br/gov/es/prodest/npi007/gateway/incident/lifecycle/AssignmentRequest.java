package br.gov.es.prodest.npi007.gateway.incident.lifecycle;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/incidents/{id}/assignment}: the functional unit that handles the
 * incident from now on (issue 15; NPI-007 section 4), a code of {@code GET /api/v1/units}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AssignmentRequest(
    @Schema(description = "Código da unidade responsável, do catálogo de unidades", example = "GEITIC",
        requiredMode = Schema.RequiredMode.REQUIRED)
    @NotBlank(message = "é obrigatória")
    @Size(max = 20, message = "deve ter no máximo {max} caracteres")
    String unit,

    @Schema(description = "Por que esta unidade (opcional)", example = "Falha no link do datacenter")
    @Size(max = 4000, message = "deve ter no máximo {max} caracteres")
    String note) {
}
