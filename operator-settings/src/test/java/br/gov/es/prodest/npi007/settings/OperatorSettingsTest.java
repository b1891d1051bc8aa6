package br.gov.es.prodest.npi007.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class OperatorSettingsTest {

  @Test
  void json_log_format_switches_the_console_to_ecs_and_text_keeps_it() {
    assertThat(mapped(Map.of("NPI007_LOG_FORMAT", "json")).getProperty(OperatorSettings.CONSOLE_FORMAT))
        .isEqualTo("ecs");
    assertThat(mapped(Map.of("NPI007_LOG_FORMAT", "text")).containsProperty(OperatorSettings.CONSOLE_FORMAT))
        .isFalse();
    assertThat(mapped(Map.of()).containsProperty(OperatorSettings.CONSOLE_FORMAT)).isFalse();
  }

  @Test
  void the_otlp_endpoint_variable_names_boots_traces_endpoint_and_without_it_there_is_none() {
    assertThat(mapped(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/"))
        .getProperty(OperatorSettings.TRACES_ENDPOINT)).isEqualTo("http://collector:4318/v1/traces");
    assertThat(mapped(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
        "OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://traces:4318/custom"))
        .getProperty(OperatorSettings.TRACES_ENDPOINT)).isEqualTo("http://traces:4318/custom");
    assertThat(mapped(Map.of("OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318",
        OperatorSettings.TRACES_ENDPOINT, "http://explicit:4318/v1/traces"))
        .getProperty(OperatorSettings.TRACES_ENDPOINT)).isEqualTo("http://explicit:4318/v1/traces");
    // Boot creates the exporter only when the property exists at all
    assertThat(mapped(Map.of()).containsProperty(OperatorSettings.TRACES_ENDPOINT)).isFalse();
  }

  private static StandardEnvironment mapped(Map<String, Object> variables) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    environment.getPropertySources().addFirst(new MapPropertySource("test", variables));
    new OperatorSettings().postProcessEnvironment(environment, new SpringApplication());
    return environment;
  }
}
