package br.gov.es.prodest.npi007.gateway.organ;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * Body of {@code PUT /api/v1/organs/{code}}: the organ as it should be from now on. Checked by
 * {@link OrganChange#validated}, which answers 422 listing every invalid field. Unknown fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OrganRequest(
    @Schema(description = "Nome do órgão, como a mensagem 6.6 o imprime (até 200 caracteres)",
        example = "Secretaria de Estado da Saúde", requiredMode = Schema.RequiredMode.REQUIRED)
    String name,

    @ArraySchema(arraySchema = @Schema(description = "Endereços que recebem os e-mails da norma (6.5 e replicações); "
        + "distintos, até 50; pode ser vazia", requiredMode = Schema.RequiredMode.REQUIRED),
        schema = @Schema(example = "gabinete@saude.es.gov.br"))
    List<String> emails) {
}
