package br.gov.es.prodest.npi007.processing;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The operators' switches of issue 13 as Boot's properties, for each service that has this module:
 * {@code NPI007_LOG_FORMAT=json} turns on Boot's structured console logs in ECS
 * ({@code logging.structured.format.console}); {@code OTEL_EXPORTER_OTLP_ENDPOINT} (the OpenTelemetry
 * base address, e.g. {@code http://collector:4318}) sets Boot's OTLP span exporter's endpoint
 * ({@code management.opentelemetry.tracing.export.otlp.endpoint}, its {@code /v1/traces}), unless
 * that is set itself. Unset, nothing is added: Boot creates no exporter without an endpoint (an
 * empty one would still create it), so nothing is exported and nothing fails.
 */
public final class ObservabilitySettings implements EnvironmentPostProcessor {

  static final String LOG_FORMAT = "NPI007_LOG_FORMAT";
  static final String OTLP_BASE = "OTEL_EXPORTER_OTLP_ENDPOINT";
  static final String STRUCTURED_CONSOLE = "logging.structured.format.console";
  static final String OTLP_TRACES = "management.opentelemetry.tracing.export.otlp.endpoint";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    Map<String, Object> added = new HashMap<>();
    if ("json".equalsIgnoreCase(environment.getProperty(LOG_FORMAT, "").strip())
        && !environment.containsProperty(STRUCTURED_CONSOLE)) {
      added.put(STRUCTURED_CONSOLE, "ecs");
    }
    String base = environment.getProperty(OTLP_BASE, "").strip();
    if (!base.isEmpty() && !environment.containsProperty(OTLP_TRACES)) {
      added.put(OTLP_TRACES, (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/v1/traces");
    }
    if (!added.isEmpty()) {
      environment.getPropertySources().addLast(new MapPropertySource("npi007-observability", added));
    }
  }
}
