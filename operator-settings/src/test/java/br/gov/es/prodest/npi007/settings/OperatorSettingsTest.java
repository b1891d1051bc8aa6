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

  @Test
  void a_log_directory_gives_each_service_its_own_rotated_file() {
    StandardEnvironment environment = mapped(Map.of("NPI007_LOG_DIR", "/var/lib/npi007/logs",
        "spring.application.name", "notification-service", "NPI007_LOG_MAX_HISTORY", "30"));

    assertThat(environment.getProperty(OperatorSettings.LOG_FILE)).isEqualTo("/var/lib/npi007/logs/notification-service.log");
    assertThat(environment.getProperty(OperatorSettings.MAX_FILE_SIZE)).isEqualTo("10MB");
    assertThat(environment.getProperty(OperatorSettings.MAX_HISTORY)).isEqualTo("30");
    assertThat(environment.getProperty(OperatorSettings.TOTAL_SIZE_CAP)).isEqualTo("100MB");
    assertThat(environment.containsProperty(OperatorSettings.FILE_FORMAT)).isFalse();
    assertThat(mapped(Map.of("NPI007_LOG_DIR", "/logs", "NPI007_LOG_FORMAT", "json"))
        .getProperty(OperatorSettings.FILE_FORMAT)).isEqualTo("ecs");
    // no directory, no file; a file named explicitly wins
    assertThat(mapped(Map.of()).containsProperty(OperatorSettings.LOG_FILE)).isFalse();
    assertThat(mapped(Map.of("NPI007_LOG_DIR", "/logs", OperatorSettings.LOG_FILE, "/elsewhere/gateway.log"))
        .getProperty(OperatorSettings.LOG_FILE)).isEqualTo("/elsewhere/gateway.log");
  }

  private static StandardEnvironment mapped(Map<String, Object> variables) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    environment.getPropertySources().addFirst(new MapPropertySource("test", variables));
    new OperatorSettings().postProcessEnvironment(environment, new SpringApplication());
    return environment;
  }
}
