package br.gov.es.prodest.npi007.processing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Objects;

/**
 * The domain's meters that every service's processing counts (issue 13): commands decided, events
 * appended, dead letters written. Counted in the Streams task, so a count repeats only when the
 * task's exactly_once_v2 transaction aborts and the records are processed again; restoring a store
 * counts nothing. Tag values are bounded: type simple names, rejection codes, topic names.
 */
public final class ProcessingMeters {

  static final String COMMANDS = "npi007.commands";
  static final String EVENTS = "npi007.events";
  static final String DEAD_LETTERS = "npi007.dead.letters";

  private final MeterRegistry registry;

  public ProcessingMeters(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** Meters nobody reads (a topology test's). */
  public static ProcessingMeters unread() {
    return new ProcessingMeters(new SimpleMeterRegistry());
  }

  /** A command decided: {@code reason} is the rejection's code, or null when accepted. */
  public void commandDecided(String type, String reason) {
    Counter.builder(COMMANDS).description("Comandos decididos pelos agregados")
        .tag("type", type).tag("outcome", reason == null ? "accepted" : "rejected")
        .tag("reason", reason == null ? "none" : reason)
        .register(registry).increment();
  }

  /** An event appended to its aggregate's topic. */
  public void eventAppended(String type) {
    Counter.builder(EVENTS).description("Eventos gravados pelos agregados").tag("type", type)
        .register(registry).increment();
  }

  /** A record written to a dead-letter topic. */
  public void deadLettered(String topic) {
    Counter.builder(DEAD_LETTERS).description("Registros enviados a um tópico de mensagens mortas")
        .tag("topic", topic).register(registry).increment();
  }
}
