package br.gov.es.prodest.npi007.gateway.internalapi;

import java.net.URI;
import java.net.http.HttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class InternalApiConfiguration {

  @Bean
  InternalApi incidentService(RestClient.Builder builder, InternalApiProperties properties) {
    return new InternalApi(client(builder, properties.incidentServiceUrl(), properties), "serviço de incidentes");
  }

  @Bean
  InternalApi notificationService(RestClient.Builder builder, InternalApiProperties properties) {
    return new InternalApi(client(builder, properties.notificationServiceUrl(), properties), "serviço de notificações");
  }

  @Bean
  InternalApi maintenanceService(RestClient.Builder builder, InternalApiProperties properties) {
    return new InternalApi(client(builder, properties.maintenanceServiceUrl(), properties), "serviço de manutenções");
  }

  private static RestClient client(RestClient.Builder builder, URI baseUrl, InternalApiProperties properties) {
    HttpClient http = HttpClient.newBuilder()
        .connectTimeout(properties.connectTimeout())
        .version(HttpClient.Version.HTTP_1_1)
        .build();
    JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
    requests.setReadTimeout(properties.readTimeout());
    return builder.clone().baseUrl(baseUrl.toString()).requestFactory(requests).build();
  }
}
