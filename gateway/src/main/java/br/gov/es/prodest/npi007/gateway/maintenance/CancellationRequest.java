package br.gov.es.prodest.npi007.gateway.maintenance;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Body (optional) of {@code POST /api/v1/maintenances/{id}/cancel}: the cancellation is announced. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CancellationRequest(
    @Schema(description = "Motivo do cancelamento (opcional)", example = "mudança não aprovada")
    @Size(max = 4000, message = "deve ter no máximo {max} caracteres")
    String reason) {
}
