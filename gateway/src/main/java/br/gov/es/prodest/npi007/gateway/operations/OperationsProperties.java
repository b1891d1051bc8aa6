package br.gov.es.prodest.npi007.gateway.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param groupPrefix    the consumer groups whose lag is published: every group of the system starts with it
 * @param lagRefresh     how often the lag is read from the broker (off the scrape thread)
 * @param adminTimeout       how long one Admin call of the lag reading may take
 * @param brokerCheckTimeout how long the readiness check waits for the broker (a probe must not hang)
 * @param brokerCacheTtl     how long the readiness check's answer about the broker is reused
 */
@ConfigurationProperties("npi007.operations")
public record OperationsProperties(
    @DefaultValue("npi007-") String groupPrefix,
    @DefaultValue("15s") Duration lagRefresh,
    @DefaultValue("5s") Duration adminTimeout,
    @DefaultValue("1s") Duration brokerCheckTimeout,
    @DefaultValue("5s") Duration brokerCacheTtl) {
}
