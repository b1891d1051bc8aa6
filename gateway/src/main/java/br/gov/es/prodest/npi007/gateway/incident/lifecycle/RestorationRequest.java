package br.gov.es.prodest.npi007.gateway.incident.lifecycle;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/incidents/{id}/restoration}: the service is back (NPI-007 5.2.2.3). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RestorationRequest(
    @Schema(description = "Observação da equipe técnica (opcional)", example = "Servidor de banco reiniciado")
    @Size(max = 4000, message = "deve ter no máximo {max} caracteres")
    String note) {
}
