package br.gov.es.prodest.npi007.gateway.internalapi;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the services' internal query APIs are (CONTRACTS.md, "Internal query APIs").
 *
 * @param incidentServiceUrl     base URL of the incident-service
 * @param notificationServiceUrl base URL of the notification-service
 * @param maintenanceServiceUrl  base URL of the maintenance-service
 * @param connectTimeout         how long to wait for a connection
 * @param readTimeout            how long to wait for an answer
 */
@ConfigurationProperties("npi007.internal-api")
public record InternalApiProperties(
    @DefaultValue("http://127.0.0.1:8181") URI incidentServiceUrl,
    @DefaultValue("http://127.0.0.1:8182") URI notificationServiceUrl,
    @DefaultValue("http://127.0.0.1:8183") URI maintenanceServiceUrl,
    @DefaultValue("2s") Duration connectTimeout,
    @DefaultValue("5s") Duration readTimeout) {
}
