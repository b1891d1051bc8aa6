package br.gov.es.prodest.npi007.gateway.incident.lifecycle;

import br.gov.es.prodest.npi007.gateway.organ.KnownOrgan;
import br.gov.es.prodest.npi007.gateway.validation.EnumName;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/incidents/{id}/triage} (NPI-007 5.2.2.1). Whether a verdict needs an
 * impact or an organ is the incident-service's rule (IMPACT_REQUIRED, ORGAN_REQUIRED: 422).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TriageRequest(
    @Schema(description = "Resultado da análise", implementation = TriageVerdict.class)
    @NotBlank(message = "é obrigatório") @EnumName(TriageVerdict.class)
    String verdict,

    @Schema(description = "Impacto para os usuários (obrigatório nos veredictos confirmados)",
        example = "Emissão de notas fiscais indisponível")
    @Size(max = 4000, message = "deve ter no máximo {max} caracteres")
    String impact,

    @Schema(description = "Órgão afetado (obrigatório em CONFIRMED_RESTRICTED)", example = "SEFAZ")
    @KnownOrgan
    String organ) {
}
