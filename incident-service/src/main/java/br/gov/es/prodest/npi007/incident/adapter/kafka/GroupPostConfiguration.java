package br.gov.es.prodest.npi007.incident.adapter.kafka;

import br.gov.es.prodest.npi007.incident.application.IncidentRegister;
import br.gov.es.prodest.npi007.incident.grouppost.application.AwaitingServiceRequests;
import br.gov.es.prodest.npi007.incident.grouppost.domain.SaNumberPatterns;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The settings of the group-post step (issue 14): the SA patterns ({@code NPI007_GROUP_SA_PATTERNS},
 * one expression per line, because an expression may hold commas), automatic linking
 * ({@code NPI007_GROUP_AUTOLINK_SA}), the register's incidents waiting for an SA, and the count of
 * posts by outcome ({@code npi007_group_posts_total}). A bad pattern stops the start with its reason.
 */
@Configuration(proxyBeanMethods = false)
class GroupPostConfiguration {

  @Bean
  GroupPostMatching groupPostMatching(IncidentRegister register, MeterRegistry meters,
      @Value("${npi007.group.sa-patterns:}") String patterns, @Value("${npi007.group.autolink-sa:true}") boolean autolink) {
    List<String> expressions = Arrays.stream(patterns.split("\\R")).map(String::strip).filter(line -> !line.isEmpty())
        .toList();
    SaNumberPatterns saNumbers = expressions.isEmpty() ? SaNumberPatterns.defaults() : SaNumberPatterns.of(expressions);
    return new GroupPostMatching(saNumbers, new AwaitingServiceRequests(register), autolink,
        outcome -> Counter.builder("npi007.group.posts").description("Publicações do grupo do WhatsApp, por desfecho")
            .tag("outcome", outcome).register(meters).increment());
  }
}
