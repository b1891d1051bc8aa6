package br.gov.es.prodest.npi007.gateway.incident.lifecycle;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/incidents/{id}/maintenance}: the maintenance that will restore the service. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MaintenanceLinkRequest(
    @Schema(description = "Id da manutenção agendada")
    @NotBlank(message = "é obrigatório") @Size(max = 100, message = "deve ter no máximo {max} caracteres")
    String maintenanceId) {
}
