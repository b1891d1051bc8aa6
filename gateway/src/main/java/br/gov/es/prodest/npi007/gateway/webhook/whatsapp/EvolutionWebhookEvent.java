package br.gov.es.prodest.npi007.gateway.webhook.whatsapp;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Arrays;
import java.util.Locale;

/**
 * Body of an Evolution API webhook POST: {@code {event, instance, data, apikey, ...}}. For
 * {@code messages.upsert} (MESSAGES_UPSERT), {@code data} is one message in Baileys' shape:
 * {@code key {remoteJid, fromMe, id, participant}}, {@code pushName}, {@code message}
 * ({@code conversation}, or {@code extendedTextMessage {text, contextInfo {stanzaId}}}, or a media
 * message with a caption), {@code messageType} and {@code messageTimestamp} (seconds). Only what
 * the gateway reads is named.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record EvolutionWebhookEvent(
    @NotBlank(message = "é obrigatório") String event,
    String instance,
    @Valid Data data,
    String apikey) {

  /** True for MESSAGES_UPSERT, whichever way the instance spells it ({@code messages.upsert} in v2). */
  boolean messagesUpsert() {
    return event != null && event.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_').equals("MESSAGES_UPSERT");
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Data(@Valid Key key, String pushName, Message message, String messageType, Object messageTimestamp) {
  }

  /** Where the message was posted ({@code remoteJid}: a group ends in {@code @g.us}) and by whom ({@code participant}). */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Key(String remoteJid, boolean fromMe, @NotBlank(message = "é obrigatório") String id, String participant) {
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Message(String conversation, ExtendedText extendedTextMessage, Media imageMessage, Media videoMessage,
      Media documentMessage) {
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ExtendedText(String text, ContextInfo contextInfo) {
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record ContextInfo(String stanzaId) {
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Media(String caption, ContextInfo contextInfo) {
  }

  /** The message as a post; null when the event carries no message. */
  InboundPost post() {
    if (data == null || data.key() == null) {
      return null;
    }
    Key key = data.key();
    Message message = data.message();
    return new InboundPost(key.id(), key.remoteJid(), phone(key.participant()), data.pushName(), key.fromMe(),
        InboundPost.epochSeconds(data.messageTimestamp()), data.messageType(), text(message), replyTo(message));
  }

  private static String text(Message message) {
    if (message == null) {
      return null;
    } else if (message.conversation() != null) {
      return message.conversation();
    } else if (message.extendedTextMessage() != null) {
      return message.extendedTextMessage().text();
    }
    return Arrays.asList(message.imageMessage(), message.videoMessage(), message.documentMessage()).stream()
        .filter(media -> media != null && media.caption() != null).map(Media::caption).findFirst().orElse(null);
  }

  private static String replyTo(Message message) {
    if (message == null) {
      return null;
    }
    ContextInfo context = message.extendedTextMessage() != null ? message.extendedTextMessage().contextInfo()
        : Arrays.asList(message.imageMessage(), message.videoMessage(), message.documentMessage()).stream()
            .filter(media -> media != null && media.contextInfo() != null).map(Media::contextInfo).findFirst()
            .orElse(null);
    return context == null || context.stanzaId() == null || context.stanzaId().isBlank() ? null : context.stanzaId();
  }

  /** {@code 5527999990000@s.whatsapp.net} (or with a device, {@code 5527999990000:12@...}) → its digits. */
  private static String phone(String jid) {
    if (jid == null) {
      return null;
    }
    String user = jid.contains("@") ? jid.substring(0, jid.indexOf('@')) : jid;
    user = user.contains(":") ? user.substring(0, user.indexOf(':')) : user;
    return user.chars().allMatch(Character::isDigit) && !user.isEmpty() ? user : null;
  }
}
