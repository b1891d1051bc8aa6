package br.gov.es.prodest.npi007.gateway.problem;

import org.apache.catalina.core.StandardHost;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class ProblemConfiguration {

  /** Runs before security: an oversized body is refused before anything else reads it. */
  @Bean
  FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
      @Value("${npi007.http.max-request-body:64KB}") DataSize limit,
      @Value("${npi007.http.max-webhook-body:4MB}") DataSize webhookLimit, ProblemDocuments documents) {
    FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
        new RequestBodyLimitFilter(limit.toBytes(), webhookLimit.toBytes(), documents));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 100);
    registration.addUrlPatterns("/*");
    return registration;
  }

  /** Runs before security and everything else that might read a parameter. */
  @Bean
  FilterRegistrationBean<MalformedQueryFilter> malformedQueryFilter(ProblemDocuments documents) {
    FilterRegistrationBean<MalformedQueryFilter> registration = new FilterRegistrationBean<>(new MalformedQueryFilter(documents));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 90);
    registration.addUrlPatterns("/*");
    return registration;
  }

  /** Replaces Tomcat's HTML error report on the host, which answers requests refused before any servlet. */
  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
    return factory -> factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        host.getPipeline().addValve(new ProblemErrorReportValve());
      }
    });
  }
}
