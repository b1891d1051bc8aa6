package br.gov.es.prodest.npi007.gateway.webhook.servicedesk;

import br.gov.es.prodest.npi007.avro.incident.ServiceRequestState;
import br.gov.es.prodest.npi007.gateway.organ.KnownOrgan;
import br.gov.es.prodest.npi007.gateway.validation.EnumName;
import br.gov.es.prodest.npi007.gateway.validation.Timestamp;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /webhooks/service-desk}: something happened to an SA (CONTRACTS.md, issue 3).
 * Unknown fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServiceDeskEventPayload(
    @NotBlank(message = "é obrigatório") @Size(max = 200, message = "deve ter no máximo {max} caracteres")
    String eventId,

    @NotBlank(message = "é obrigatório") @Size(max = 100, message = "deve ter no máximo {max} caracteres")
    String saNumber,

    @NotBlank(message = "é obrigatório") @EnumName(ServiceRequestState.class)
    String state,

    @NotBlank(message = "é obrigatório") @KnownOrgan
    String organ,

    @Size(max = 4000, message = "deve ter no máximo {max} caracteres")
    String summary,

    @Size(max = 100, message = "deve ter no máximo {max} caracteres")
    String incidentId,

    @NotBlank(message = "é obrigatório") @Timestamp
    String occurredAt) {
}
