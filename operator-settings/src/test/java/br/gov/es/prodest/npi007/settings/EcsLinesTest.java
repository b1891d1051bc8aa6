package br.gov.es.prodest.npi007.settings;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.core.env.StandardEnvironment;

/** The ECS format that {@code NPI007_LOG_FORMAT=json} picks renders JSON lines with the trace id. */
class EcsLinesTest {

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
}
