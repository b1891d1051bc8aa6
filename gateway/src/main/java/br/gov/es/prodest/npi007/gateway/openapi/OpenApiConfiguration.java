package br.gov.es.prodest.npi007.gateway.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
    info = @Info(title = "NPI-007", version = "v1",
        description = "Comunicação de incidentes dos serviços de TIC do PRODEST (norma NPI-007). "
            + "Erros seguem a RFC 9457 (application/problem+json); todo POST aceita o cabeçalho Idempotency-Key."),
    security = @SecurityRequirement(name = OpenApiConfiguration.BASIC))
@SecurityScheme(name = OpenApiConfiguration.BASIC, type = SecuritySchemeType.HTTP, scheme = "basic")
@SecurityScheme(name = OpenApiConfiguration.WEBHOOK_TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
    description = "NPI007_WEBHOOK_TOKEN, nos webhooks de alertas")
class OpenApiConfiguration {

  static final String BASIC = "basic";
  static final String WEBHOOK_TOKEN = "webhookToken";
}
