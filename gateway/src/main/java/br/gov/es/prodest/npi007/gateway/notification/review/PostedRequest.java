package br.gov.es.prodest.npi007.gateway.notification.review;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/notifications/{id}/posted}, optional: ASCOM posted the message by hand. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PostedRequest(
    @Schema(description = "Onde ou como foi publicada (opcional)", example = "Publicada no grupo TI ES às 14h05")
    @Size(max = 4000, message = "deve ter no máximo {max} caracteres")
    String note) {
}
