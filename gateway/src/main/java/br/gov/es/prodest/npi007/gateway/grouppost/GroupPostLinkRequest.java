package br.gov.es.prodest.npi007.gateway.grouppost;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/group-posts/{postId}/service-request}: the incident the post's SA number belongs to. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupPostLinkRequest(
    @Schema(description = "O incidente a que a SA da publicação pertence (um dos candidatos, em geral)")
    @NotBlank(message = "é obrigatório") @Size(max = 100, message = "deve ter no máximo {max} caracteres")
    String incidentId) {
}
