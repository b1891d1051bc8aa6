package br.gov.es.prodest.npi007.settings;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Maps the operators' environment variables onto Boot's properties, before logging starts:
 * <ul>
 * <li>{@code NPI007_LOG_FORMAT=json} → {@code logging.structured.format.console=ecs} (unset or
 * {@code text}: today's lines);</li>
 * <li>OpenTelemetry's {@code OTEL_EXPORTER_OTLP_TRACES_ENDPOINT} (as is) or
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT} (+ {@code /v1/traces}, OTLP over HTTP) →
 * {@code management.opentelemetry.tracing.export.otlp.endpoint}, which Boot 4 does not read from
 * them itself. Boot creates the span exporter only when that property exists, so without either
 * variable nothing is exported and nothing is tried.</li>
 * </ul>
 * A property set explicitly (application.yml, system property, Boot's own environment variable)
 * wins: this source comes last.
 */
public final class OperatorSettings implements EnvironmentPostProcessor {

  static final String TRACES_ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";
  static final String CONSOLE_FORMAT = "logging.structured.format.console";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    Map<String, Object> mapped = new HashMap<>();
    String format = environment.getProperty("NPI007_LOG_FORMAT", "text").trim().toLowerCase(Locale.ROOT);
    if (format.equals("json") && !environment.containsProperty(CONSOLE_FORMAT)) {
      mapped.put(CONSOLE_FORMAT, "ecs");
    }
    if (!environment.containsProperty(TRACES_ENDPOINT)) {
      String traces = environment.getProperty("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "").trim();
      String base = environment.getProperty("OTEL_EXPORTER_OTLP_ENDPOINT", "").trim();
      if (!traces.isEmpty()) {
        mapped.put(TRACES_ENDPOINT, traces);
      } else if (!base.isEmpty()) {
        mapped.put(TRACES_ENDPOINT, (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/v1/traces");
      }
    }
    if (!mapped.isEmpty()) {
      environment.getPropertySources().addLast(new MapPropertySource("npi007-operator-settings", mapped));
    }
  }
}
