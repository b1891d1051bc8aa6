package br.gov.es.prodest.npi007.gateway.command;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Request/reply of commands over Kafka.
 *
 * @param replyTimeout how long an HTTP request waits for its command's result before answering 503
 */
@ConfigurationProperties("npi007.commands")
public record CommandProperties(@DefaultValue("10s") Duration replyTimeout) {
}
