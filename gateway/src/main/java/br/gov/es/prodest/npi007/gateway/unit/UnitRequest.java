package br.gov.es.prodest.npi007.gateway.unit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Body of {@code PUT /api/v1/units/{code}}: the unit as it should be from now on. Checked by
 * {@link UnitChange#validated}, which answers 422 listing every invalid field. Unknown fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitRequest(
    @Schema(description = "Nome da unidade, como a norma o escreve (até 200 caracteres)",
        example = "Gerência de Infraestrutura de TIC", requiredMode = Schema.RequiredMode.REQUIRED)
    String name,

    @Schema(description = "O que a unidade é: TECHNICAL_UNIT (trata incidentes), DIRECTORATE ou COMMUNICATION",
        example = "TECHNICAL_UNIT", requiredMode = Schema.RequiredMode.REQUIRED,
        allowableValues = {"TECHNICAL_UNIT", "DIRECTORATE", "COMMUNICATION"})
    String kind) {
}
