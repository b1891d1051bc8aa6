package br.gov.es.prodest.npi007.gateway.groupmember;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;

/** Body of {@code PUT /api/v1/group-members/{number}}; checked by {@link GroupMemberChange#validated}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupMemberRequest(
    @Schema(description = "Nome da pessoa, como o console a mostra (até 120 caracteres)", example = "Maria Souza",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String name,

    @Schema(description = "Código do órgão pelo qual a pessoa fala, no catálogo de órgãos", example = "SESA",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String organ) {
}
