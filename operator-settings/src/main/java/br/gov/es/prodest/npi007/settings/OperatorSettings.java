package br.gov.es.prodest.npi007.settings;

import java.nio.file.Path;
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
 * variable nothing is exported and nothing is tried;</li>
 * <li>{@code NPI007_LOG_DIR} (issue 16; {@code ./npi007 up} sets it to {@code <data>/logs}) → the
 * service also logs to {@code <dir>/<spring.application.name>.log}, in the console's format, rotated
 * at {@code NPI007_LOG_MAX_FILE_SIZE} (10MB) into compressed files kept {@code NPI007_LOG_MAX_HISTORY}
 * days (7) and {@code NPI007_LOG_TOTAL_SIZE_CAP} (100MB) in all.</li>
 * </ul>
 * A property set explicitly (application.yml, system property, Boot's own environment variable)
 * wins: this source comes last.
 */
public final class OperatorSettings implements EnvironmentPostProcessor {

  static final String TRACES_ENDPOINT = "management.opentelemetry.tracing.export.otlp.endpoint";
  static final String CONSOLE_FORMAT = "logging.structured.format.console";
  static final String FILE_FORMAT = "logging.structured.format.file";
  static final String LOG_FILE = "logging.file.name";
  static final String MAX_FILE_SIZE = "logging.logback.rollingpolicy.max-file-size";
  static final String MAX_HISTORY = "logging.logback.rollingpolicy.max-history";
  static final String TOTAL_SIZE_CAP = "logging.logback.rollingpolicy.total-size-cap";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    Map<String, Object> mapped = new HashMap<>();
    String format = environment.getProperty("NPI007_LOG_FORMAT", "text").trim().toLowerCase(Locale.ROOT);
    if (format.equals("json") && !environment.containsProperty(CONSOLE_FORMAT)) {
      mapped.put(CONSOLE_FORMAT, "ecs");
    }
    String logDir = environment.getProperty("NPI007_LOG_DIR", "").trim();
    if (!logDir.isEmpty() && !environment.containsProperty(LOG_FILE)) {
      String service = environment.getProperty("spring.application.name", "npi007");
      mapped.put(LOG_FILE, Path.of(logDir, service + ".log").toString());
      mapped.put(MAX_FILE_SIZE, environment.getProperty("NPI007_LOG_MAX_FILE_SIZE", "10MB"));
      mapped.put(MAX_HISTORY, environment.getProperty("NPI007_LOG_MAX_HISTORY", "7"));
      mapped.put(TOTAL_SIZE_CAP, environment.getProperty("NPI007_LOG_TOTAL_SIZE_CAP", "100MB"));
      if (format.equals("json") && !environment.containsProperty(FILE_FORMAT)) {
        mapped.put(FILE_FORMAT, "ecs");
      }
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
