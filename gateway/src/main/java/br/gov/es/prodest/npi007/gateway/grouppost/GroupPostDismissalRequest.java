package br.gov.es.prodest.npi007.gateway.grouppost;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/group-posts/{postId}/dismissal}: why the post leads to no incident. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupPostDismissalRequest(
    @Schema(description = "Por que a publicação não vira incidente", example = "Dúvida de uso, não é incidente")
    @NotBlank(message = "é obrigatório") @Size(max = 500, message = "deve ter no máximo {max} caracteres")
    String reason) {
}
