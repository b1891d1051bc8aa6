package br.gov.es.prodest.npi007.gateway.maintenance;

import br.gov.es.prodest.npi007.gateway.validation.Timestamp;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/maintenances/{id}/reschedule}: the new window (6.5 is announced again, saying so). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RescheduleRequest(
    @Schema(description = "Novo início, ISO-8601 com fuso", example = "2026-12-17T22:00:00-03:00")
    @NotBlank(message = "é obrigatório") @Timestamp(message = MaintenanceWindow.INVALID)
    String start,

    @Schema(description = "Novo fim, ISO-8601 com fuso", example = "2026-12-18T02:00:00-03:00")
    @NotBlank(message = "é obrigatório") @Timestamp(message = MaintenanceWindow.INVALID)
    String end,

    @Schema(description = "Aceita aviso com antecedência menor que a mínima configurada", defaultValue = "false")
    Boolean urgent,

    @Schema(description = "Motivo do reagendamento (opcional)", example = "fornecedor indisponível na data")
    @Size(max = 4000, message = "deve ter no máximo {max} caracteres")
    String reason) {
}
