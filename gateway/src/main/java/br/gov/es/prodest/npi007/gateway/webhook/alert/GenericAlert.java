package br.gov.es.prodest.npi007.gateway.webhook.alert;

import br.gov.es.prodest.npi007.gateway.validation.Timestamp;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /webhooks/alerts}: one alert from a tool that is not Alertmanager.
 *
 * @param id        the alert's identity across repeats (the fingerprint)
 * @param component the affected component; the alert's name when absent
 * @param organ     the affected organ's code; PRODEST when absent or not in the catalogue
 * @param endsAt    when it ended, for a resolved alert
 * @param unit      the code of the unit responsible for the component (issue 15), as the alert's label {@code unit}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GenericAlert(
    @NotBlank(message = "é obrigatório") @Size(max = 200, message = "deve ter no máximo {max} caracteres")
    String id,
    @NotBlank(message = "é obrigatório") @Pattern(regexp = "firing|resolved", message = "deve ser firing ou resolved")
    String status,
    @NotBlank(message = "é obrigatório") @Size(max = 200, message = "deve ter no máximo {max} caracteres")
    String name,
    @Size(max = 200, message = "deve ter no máximo {max} caracteres")
    String component,
    String organ,
    @Size(max = 4000, message = "deve ter no máximo {max} caracteres")
    String summary,
    @NotBlank(message = "é obrigatório") @Timestamp
    String startsAt,
    @Timestamp
    String endsAt,
    @Size(max = 200, message = "deve ter no máximo {max} caracteres")
    String unit) {
}
