package br.gov.es.prodest.npi007.gateway.webhook.whatsapp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Body of a WhatsApp Cloud API webhook POST: {@code {object: "whatsapp_business_account",
 * entry: [{id, changes: [{field, value: {messaging_product, metadata, messages[], statuses[]}}]}]}}.
 * Only what the gateway checks is named; everything else is ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record WhatsAppNotification(
    @NotBlank(message = "é obrigatório")
    @Pattern(regexp = "whatsapp_business_account", message = "deve ser whatsapp_business_account")
    String object,

    @NotNull(message = "é obrigatório") @Valid
    List<Entry> entry) {

  /** One WhatsApp Business Account's changes. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Entry(String id, @Valid List<Change> changes) {
  }

  /** One change; {@code field} is {@code messages} for messages and statuses. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Change(String field, @Valid Value value) {
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Value(@JsonProperty("messaging_product") String messagingProduct, @Valid List<Message> messages,
      @Valid List<Status> statuses) {
  }

  /** An inbound message (its text is not read here). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Message(
      @NotBlank(message = "é obrigatório") String id,
      @NotBlank(message = "é obrigatório") String from,
      @NotBlank(message = "é obrigatório") String type,
      String timestamp) {
  }

  /** What became of a message sent: sent, delivered, read or failed. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Status(
      @NotBlank(message = "é obrigatório") String id,
      @NotBlank(message = "é obrigatório") String status,
      String timestamp) {
  }

  /** Every inbound message of the notification. */
  List<Message> messages() {
    return values().flatMap(value -> value.messages() == null ? Stream.empty()
        : value.messages().stream()).toList();
  }

  /** Every status update of the notification. */
  List<Status> statuses() {
    return values().flatMap(value -> value.statuses() == null ? Stream.empty()
        : value.statuses().stream()).toList();
  }

  private Stream<Value> values() {
    return entry.stream()
        .filter(Objects::nonNull)
        .flatMap(each -> each.changes() == null ? Stream.empty() : each.changes().stream())
        .filter(change -> change != null && change.value() != null)
        .map(Change::value);
  }
}
