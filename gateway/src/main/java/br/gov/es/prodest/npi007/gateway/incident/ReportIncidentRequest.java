package br.gov.es.prodest.npi007.gateway.incident;

import br.gov.es.prodest.npi007.gateway.organ.KnownOrgan;
import br.gov.es.prodest.npi007.gateway.validation.EnumName;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/incidents}: a possible incident (NPI-007 5.2.1). Unknown fields are ignored. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReportIncidentRequest(
    @Schema(description = "Componente tecnológico afetado, como as mensagens da norma o nomeiam", example = "Sistema SIGEFES")
    @NotBlank(message = "é obrigatório") @Size(max = 200, message = "deve ter no máximo {max} caracteres")
    String component,

    @Schema(description = "Código do órgão afetado (GET /api/v1/organs)", example = "SESA")
    @NotBlank(message = "é obrigatório") @KnownOrgan
    String organ,

    @Schema(description = "O que foi observado", example = "Sistema fora do ar desde as 9h")
    @NotBlank(message = "é obrigatório") @Size(max = 4000, message = "deve ter no máximo {max} caracteres")
    String description,

    @Schema(description = "Como o possível incidente chegou ao conhecimento", implementation = IncidentSource.class)
    @NotBlank(message = "é obrigatório") @EnumName(IncidentSource.class)
    String source,

    @Schema(description = "Nome de quem relatou (pessoa ou ferramenta)", example = "Maria da Silva")
    @NotBlank(message = "é obrigatório") @Size(max = 200, message = "deve ter no máximo {max} caracteres")
    String reportedBy) {
}
