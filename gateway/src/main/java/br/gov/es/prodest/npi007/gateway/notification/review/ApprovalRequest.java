package br.gov.es.prodest.npi007.gateway.notification.review;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/notifications/{id}/approval}, optional: ASCOM's edits of the rendered
 * message before approving it. Without a body, or without {@code text}, the message is approved as
 * rendered; a channel left out keeps its text.
 *
 * @param text    the new text per channel
 * @param subject the new e-mail subject; it goes with the e-mail text, so it needs {@code text.email}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApprovalRequest(
    @Valid
    EditedText text,

    @Schema(description = "Novo assunto do e-mail (exige text.email)",
        example = "PRODEST Informa: Aviso de Indisponibilidade")
    @Size(max = 200, message = "deve ter no máximo {max} caracteres")
    @Pattern(regexp = NOT_BLANK, message = "não pode estar em branco")
    String subject) {

  /** Matches a text with at least one character that is not blank; a missing text is not checked. */
  static final String NOT_BLANK = "(?s).*\\S.*";

  /**
   * The edited text of each channel the message has.
   *
   * @param whatsapp the WhatsApp text, title line in *bold* (NPI-007 6: at most 4096 characters)
   * @param email    the e-mail's text part; its HTML part is derived from it by the notification-service
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record EditedText(
      @Schema(description = "Novo texto para o grupo de WhatsApp", example = "*PRODEST Informa: Aviso de Indisponibilidade*")
      @Size(max = 4096, message = "deve ter no máximo {max} caracteres")
      @Pattern(regexp = NOT_BLANK, message = "não pode estar em branco")
      String whatsapp,

      @Schema(description = "Novo texto do e-mail aos órgãos")
      @Pattern(regexp = NOT_BLANK, message = "não pode estar em branco")
      String email) {
  }
}
