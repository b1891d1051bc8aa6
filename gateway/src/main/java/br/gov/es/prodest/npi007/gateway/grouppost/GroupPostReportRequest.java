package br.gov.es.prodest.npi007.gateway.grouppost;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/group-posts/{postId}/incident}: the component the post is about; the
 * organ, the description and who reported come from the post and the member directory.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GroupPostReportRequest(
    @Schema(description = "Componente tecnológico afetado (GET /api/v1/components)", example = "Sistema SIGEFES")
    @NotBlank(message = "é obrigatório") @Size(max = 200, message = "deve ter no máximo {max} caracteres")
    String component) {
}
