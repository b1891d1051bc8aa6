package br.gov.es.prodest.npi007.gateway.component;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A component of the public catalogue (issue 12): what the public status page shows, under which
 * name and group. Reports name components freely; one belongs to the slug its name reduces to
 * ({@link br.gov.es.prodest.npi007.schemas.ComponentSlug}).
 *
 * @param slug     the key: lower case ASCII letters, digits and inner hyphens, e.g. sistema-e-docs
 * @param name     the name the public page shows
 * @param group    the group the public page lists it under, or null
 * @param isPublic whether the public status page shows it
 */
public record Component(
    @Schema(example = "sistema-e-docs") String slug,
    @Schema(example = "Sistema e-Docs") String name,
    @Schema(example = "Sistemas corporativos", nullable = true) String group,
    @Schema(description = "Se a página pública de status (/status) o mostra") @JsonProperty("public") boolean isPublic) {
}
