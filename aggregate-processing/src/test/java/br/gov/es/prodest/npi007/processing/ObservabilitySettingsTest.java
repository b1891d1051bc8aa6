package br.gov.es.prodest.npi007.processing;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.MapPropertySource;

/** The operators' switches become Boot's properties, and the ECS format they pick renders JSON lines. */
class ObservabilitySettingsTest {

  @Test
  void json_log_format_picks_ecs_on_the_console_and_an_otlp_base_sets_the_traces_endpoint() {
    StandardEnvironment environment = environment(Map.of("NPI007_LOG_FORMAT", "json",
        "OTEL_EXPORTER_OTLP_ENDPOINT", "http://collector:4318/"));

    new ObservabilitySettings().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.getProperty(ObservabilitySettings.STRUCTURED_CONSOLE)).isEqualTo("ecs");
    assertThat(environment.getProperty(ObservabilitySettings.OTLP_TRACES)).isEqualTo("http://collector:4318/v1/traces");
  }

  @Test
  void unset_switches_add_nothing_so_no_exporter_is_built() {
    StandardEnvironment environment = environment(Map.of("NPI007_LOG_FORMAT", "text"));

    new ObservabilitySettings().postProcessEnvironment(environment, new SpringApplication());

    assertThat(environment.containsProperty(ObservabilitySettings.STRUCTURED_CONSOLE)).isFalse();
    assertThat(environment.containsProperty(ObservabilitySettings.OTLP_TRACES)).isFalse();
  }

  @Test
  void ecs_renders_a_json_line_with_the_trace_id() {
    LoggerContext context = new LoggerContext();
    // as Boot's logging system leaves it for the encoder
    context.putObject(org.springframework.core.env.Environment.class.getName(), new StandardEnvironment());
    StructuredLogEncoder encoder = new StructuredLogEncoder();
    encoder.setFormat("ecs");
    encoder.setContext(context);
    encoder.start();
    LoggingEvent event = new LoggingEvent("test", context.getLogger("npi007"), Level.INFO, "Comando decidido", null,
        null);
    event.setMDCPropertyMap(Map.of("traceId", "4bf92f3577b34da6a3ce929d0e0e4736"));

    String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

    assertThat(line.strip()).startsWith("{").endsWith("}").contains("\"message\":\"Comando decidido\"",
        "\"ecs\":{\"version\"", "4bf92f3577b34da6a3ce929d0e0e4736");
  }

  private static StandardEnvironment environment(Map<String, Object> values) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", values));
    return environment;
  }
}
