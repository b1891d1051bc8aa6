package br.gov.es.prodest.npi007.notification.message.adapter.template;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The templates: the shipped ones, overridden by ASCOM's directory ({@code NPI007_TEMPLATES_DIR}) when set. */
@Configuration(proxyBeanMethods = false)
public class TemplateConfiguration {

  @Bean
  TemplateFiles templateFiles(@Value("${npi007.templates.dir:}") String directory) {
    return new TemplateFiles(directory.isBlank() ? null : Path.of(directory));
  }
}
