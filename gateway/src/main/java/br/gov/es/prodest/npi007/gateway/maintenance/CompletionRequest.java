package br.gov.es.prodest.npi007.gateway.maintenance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Body (optional) of {@code POST /api/v1/maintenances/{id}/completion}: the maintenance in progress ended early. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompletionRequest(
    @Schema(description = "O que foi feito (opcional)", example = "banco atualizado sem incidentes")
    @Size(max = 4000, message = "deve ter no máximo {max} caracteres")
    String note) {
}
