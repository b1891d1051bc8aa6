package br.gov.es.prodest.npi007.gateway.operations;

import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One Admin client for the lag gauge and the broker check, with short timeouts: neither may hang. */
@Configuration(proxyBeanMethods = false)
class OperationsConfiguration {

  @Bean(destroyMethod = "close")
  Admin operationsAdmin(KafkaProperties kafka, OperationsProperties properties) {
    Map<String, Object> settings = kafka.buildAdminProperties();
    int timeout = (int) properties.adminTimeout().toMillis();
    settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout);
    settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeout);
    settings.put(AdminClientConfig.CLIENT_ID_CONFIG, "npi007-gateway-operations");
    return Admin.create(settings);
  }
}
