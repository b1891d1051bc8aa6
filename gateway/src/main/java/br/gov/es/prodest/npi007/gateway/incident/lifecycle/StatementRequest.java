package br.gov.es.prodest.npi007.gateway.incident.lifecycle;

import br.gov.es.prodest.npi007.gateway.validation.EnumName;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/incidents/{id}/statements}: a manager's own statement in the group (NPI-007 5.2.3),
 * and, since issue 15, who speaks: the office and the unit.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatementRequest(
    @Schema(description = "Confirmação do incidente ou do restabelecimento", implementation = StatementType.class)
    @NotBlank(message = "é obrigatório") @EnumName(StatementType.class)
    String kind,

    @Schema(description = "Texto do pronunciamento", example = "Confirmamos a indisponibilidade do SIGEFES.")
    @NotBlank(message = "é obrigatório") @Size(max = 4000, message = "deve ter no máximo {max} caracteres")
    String text,

    @Schema(description = "Quem fala (NPI-007 5.2.3): presidente, diretor ou gerente (opcional)",
        implementation = SpeakerOffice.class)
    @EnumName(SpeakerOffice.class)
    String office,

    @Schema(description = "Código da unidade em nome da qual fala, do catálogo de unidades (opcional; sem ele, a do "
        + "usuário)", example = "DIGER")
    @Size(max = 20, message = "deve ter no máximo {max} caracteres")
    String unit) {
}
