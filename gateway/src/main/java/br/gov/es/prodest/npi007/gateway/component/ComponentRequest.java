package br.gov.es.prodest.npi007.gateway.component;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.BindParam;

/**
 * Body of {@code PUT /api/v1/components/{slug}} and the console's form: the component as it should be
 * from now on. Unknown fields are ignored; name and group are stripped of surrounding blanks.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComponentRequest(
    @Schema(description = "Nome que a página pública mostra (até 200 caracteres)", example = "Sistema e-Docs",
        requiredMode = Schema.RequiredMode.REQUIRED)
    @NotBlank(message = "é obrigatório") @Size(max = 200, message = "deve ter no máximo {max} caracteres")
    String name,

    @Schema(description = "Grupo sob o qual a página pública o lista (até 100 caracteres); vazio ou ausente: sem grupo",
        example = "Sistemas corporativos")
    @Size(max = 100, message = "deve ter no máximo {max} caracteres")
    String group,

    @Schema(description = "Se a página pública de status o mostra; ausente: não mostra", example = "true")
    @JsonProperty("public") @BindParam("public")
    Boolean isPublic) {
}
