package br.gov.es.prodest.npi007.gateway.incident.lifecycle;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/incidents/{id}/service-request}: the SA opened for the incident (NPI-007 5.2.1.1). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceRequestLinkRequest(
    @Schema(description = "Número da SA na central de serviços", example = "SA-2025-004321")
    @NotBlank(message = "é obrigatório") @Size(max = 100, message = "deve ter no máximo {max} caracteres")
    String saNumber) {
}
