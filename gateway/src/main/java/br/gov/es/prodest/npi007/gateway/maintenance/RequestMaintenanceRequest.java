package br.gov.es.prodest.npi007.gateway.maintenance;

import br.gov.es.prodest.npi007.gateway.validation.Timestamp;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/maintenances}: a maintenance the team schedules (NPI-007 5.2.1.3,
 * message 6.5). Whether the window is valid (end after start, in the future, with enough notice)
 * is the maintenance-service's rule (422); a unit outside the catalogue is the gateway's (422).
 * Unknown fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RequestMaintenanceRequest(
    @Schema(description = "Componente tecnológico em manutenção, como a mensagem 6.5 o nomeia", example = "Sistema SIGEFES")
    @NotBlank(message = "é obrigatório") @Size(max = 200, message = "deve ter no máximo {max} caracteres")
    String component,

    @Schema(description = "Início da janela, ISO-8601 com fuso", example = "2026-12-10T22:00:00-03:00")
    @NotBlank(message = "é obrigatório") @Timestamp(message = MaintenanceWindow.INVALID)
    String start,

    @Schema(description = "Fim da janela, ISO-8601 com fuso", example = "2026-12-11T02:00:00-03:00")
    @NotBlank(message = "é obrigatório") @Timestamp(message = MaintenanceWindow.INVALID)
    String end,

    @Schema(description = "Finalidade (opcional; sem ela a 6.5 usa a frase da norma)",
        example = "atualização do banco de dados")
    @Size(max = 4000, message = "deve ter no máximo {max} caracteres")
    String purpose,

    @Schema(description = "Se o serviço pode ficar indisponível durante a janela")
    @NotNull(message = "é obrigatório")
    Boolean causesUnavailability,

    @Schema(description = "Aceita aviso com antecedência menor que a mínima configurada", defaultValue = "false")
    Boolean urgent,

    @Schema(description = "Incidente detectado pelo PRODEST que esta manutenção trata (opcional)")
    @Size(max = 100, message = "deve ter no máximo {max} caracteres")
    String incidentId,

    @Schema(description = "Código da unidade responsável, do catálogo de unidades (opcional; sem ele, a do usuário)",
        example = "GEITIC")
    @Size(max = 20, message = "deve ter no máximo {max} caracteres")
    String unit) {
}
