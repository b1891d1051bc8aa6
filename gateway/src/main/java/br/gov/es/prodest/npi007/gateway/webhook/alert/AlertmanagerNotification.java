package br.gov.es.prodest.npi007.gateway.webhook.alert;

import br.gov.es.prodest.npi007.gateway.validation.Timestamp;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/**
 * Prometheus Alertmanager's webhook payload, version 4, as Alertmanager 0.25+ sends it
 * (https://prometheus.io/docs/alerting/latest/configuration/#webhook_config). Only what NPI-007
 * needs is checked; the group's own labels are not used, each alert carries all of its labels.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertmanagerNotification(
    @NotBlank(message = "é obrigatório") @Pattern(regexp = "4", message = "deve ser \"4\": só a versão 4 do webhook do Alertmanager é aceita")
    String version,
    String groupKey,
    Integer truncatedAlerts,
    @Pattern(regexp = "firing|resolved", message = "deve ser firing ou resolved")
    String status,
    String receiver,
    Map<String, String> groupLabels,
    Map<String, String> commonLabels,
    Map<String, String> commonAnnotations,
    String externalURL,
    @NotEmpty(message = "deve ter ao menos um alerta")
    List<@NotNull(message = "não pode ser nulo") @Valid Alert> alerts) {

  /**
   * One alert of the group.
   *
   * @param endsAt {@code 0001-01-01T00:00:00Z} (Go's zero time) while firing
   * @param fingerprint Alertmanager's identity of the alert, the same on every repeat
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record Alert(
      @NotBlank(message = "é obrigatório") @Pattern(regexp = "firing|resolved", message = "deve ser firing ou resolved")
      String status,
      @NotNull(message = "é obrigatório")
      Map<String, String> labels,
      Map<String, String> annotations,
      @NotBlank(message = "é obrigatório") @Timestamp
      String startsAt,
      @Timestamp
      String endsAt,
      String generatorURL,
      @NotBlank(message = "é obrigatório") @Size(max = 200, message = "deve ter no máximo {max} caracteres")
      String fingerprint) {
  }
}
