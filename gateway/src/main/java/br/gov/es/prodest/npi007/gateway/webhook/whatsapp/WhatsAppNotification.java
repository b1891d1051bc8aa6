package br.gov.es.prodest.npi007.gateway.webhook.whatsapp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Arrays;
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
  record Value(@JsonProperty("messaging_product") String messagingProduct, List<Contact> contacts,
      @Valid List<Message> messages, @Valid List<Status> statuses) {
  }

  /** Who sent the messages: the WhatsApp id (the phone number) and the profile's name. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Contact(@JsonProperty("wa_id") String waId, Profile profile) {
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Profile(String name) {
  }

  /**
   * An inbound message; {@code group_id} names the group it was posted in (absent in a one-to-one
   * chat), {@code context.id} the message it replies to.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Message(
      @NotBlank(message = "é obrigatório") String id,
      @NotBlank(message = "é obrigatório") String from,
      @NotBlank(message = "é obrigatório") String type,
      String timestamp,
      @JsonProperty("group_id") String groupId,
      Text text,
      Context context,
      Media image,
      Media video,
      Media document) {

    /** The text of a text message, else the caption of a media message, else null. */
    String body() {
      if (text != null && text.body() != null) {
        return text.body();
      }
      for (Media media : Arrays.asList(image, video, document)) {
        if (media != null && media.caption() != null) {
          return media.caption();
        }
      }
      return null;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Text(String body) {
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Context(String id, String from) {
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Media(String caption) {
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

  /** Every inbound message, as a post: group, sender (with the profile name the contacts give) and text. */
  List<InboundPost> posts() {
    return values().flatMap(value -> value.messages() == null ? Stream.<InboundPost>empty()
        : value.messages().stream().filter(Objects::nonNull).map(message -> post(value, message))).toList();
  }

  private static InboundPost post(Value value, Message message) {
    String senderName = value.contacts() == null ? null : value.contacts().stream()
        .filter(contact -> contact != null && message.from().equals(contact.waId()) && contact.profile() != null)
        .map(contact -> contact.profile().name()).findFirst().orElse(null);
    return new InboundPost(message.id(), message.groupId(), message.from(), senderName, false,
        InboundPost.epochSeconds(message.timestamp()), message.type(), message.body(),
        message.context() == null ? null : message.context().id());
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
