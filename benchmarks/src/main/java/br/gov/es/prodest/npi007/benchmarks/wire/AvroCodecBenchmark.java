package br.gov.es.prodest.npi007.benchmarks.wire;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import br.gov.es.prodest.npi007.schemas.AvroCodec;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost every hop pays: one event in single-object encoding, written and read back (the reader
 * resolves the writer's fingerprint against every released version of the schema).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AvroCodecBenchmark {

  private final AvroCodec codec = AvroCodec.instance();
  private IncidentReported event;
  private byte[] encoded;

  @Setup
  public void setUp() {
    event = IncidentReported.newBuilder()
        .setEnvelope(EventEnvelope.newBuilder()
            .setEventId("5f0c3b0e-8d2a-3c47-9a55-0d1e4a7b2c11").setAggregateId("7d5a3c1e-0000-4000-8000-000000000001")
            .setSequence(1).setOccurredAt(Instant.parse("2026-03-10T13:00:00Z"))
            .setActor(Actor.newBuilder().setUserId("notifier-sesa").setRole(Role.NOTIFIER).setOrgan("SESA").build())
            .setOrigin(Origin.API).setCommandId("c0ffee00-0000-4000-8000-000000000001")
            .setCorrelationId("c0ffee00-0000-4000-8000-000000000001").build())
        .setComponent("Sistema e-Docs").setOrgan("SESA").setDescription("Não abre a tela de login")
        .setSource(ReportSource.WHATSAPP_GROUP).setReportedBy("Maria da Penha").build();
    encoded = codec.encode(event);
  }

  @Benchmark
  public byte[] encode() {
    return codec.encode(event);
  }

  @Benchmark
  public IncidentReported decode() {
    return codec.decode(encoded, IncidentReported.class);
  }
}
