package br.gov.es.prodest.npi007.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import br.gov.es.prodest.npi007.avro.common.Actor;
import br.gov.es.prodest.npi007.avro.common.EventEnvelope;
import br.gov.es.prodest.npi007.avro.common.Origin;
import br.gov.es.prodest.npi007.avro.common.Role;
import br.gov.es.prodest.npi007.avro.incident.IncidentReported;
import br.gov.es.prodest.npi007.avro.incident.ReportSource;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

class AvroCodecTest {

  private static final Instant REPORTED_AT = Instant.parse("2026-03-10T13:45:00Z");

  private final AvroCodec codec = AvroCodec.instance();

  @Test
  void roundTripsARecordWithAccentsAndInstants() {
    IncidentReported event = incidentReported("Sistema de Protocolo Eletrônico – e-Docs");

    SpecificRecord decoded = codec.decode(codec.encode(event));

    assertThat(decoded).isEqualTo(event);
    assertThat(((IncidentReported) decoded).getEnvelope().getOccurredAt()).isEqualTo(REPORTED_AT);
  }

  @Test
  void writesTheSingleObjectHeaderWithTheWriterFingerprint() {
    byte[] bytes = codec.encode(incidentReported("e-Docs"));

    assertThat(bytes[0]).isEqualTo((byte) 0xC3);
    assertThat(bytes[1]).isEqualTo((byte) 0x01);
  }

  @Test
  void readsEventsWrittenWithAnOlderReleasedVersion() throws IOException {
    Schema current = IncidentReported.getClassSchema();
    Schema older = olderIncidentReportedWithoutActorOrgan(current);
    AvroCodec codecKnowingTheOlderVersion = new AvroCodec(List.of(IncidentReported.class),
        name -> name.equals(current.getFullName()) ? List.of(older) : List.of());
    byte[] writtenByOlderService = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older)
        .encode(olderRecord(older)).array();

    IncidentReported read = codecKnowingTheOlderVersion.decode(writtenByOlderService, IncidentReported.class);

    assertThat(read.getComponent()).isEqualTo("e-Docs");
    assertThat(read.getEnvelope().getActor().getOrgan()).isNull();
    assertThat(read.getEnvelope().getOccurredAt()).isEqualTo(REPORTED_AT);
  }

  @Test
  void refusesBytesThatAreNotASingleObjectRecord() {
    assertThatThrownBy(() -> codec.decode("{\"component\":\"e-Docs\"}".getBytes()))
        .isInstanceOf(UndecodableRecordException.class)
        .hasMessageContaining("C3 01");
  }

  @Test
  void refusesAnUnknownSchemaFingerprint() {
    byte[] bytes = codec.encode(incidentReported("e-Docs"));
    bytes[5] ^= 0x5A;

    assertThatThrownBy(() -> codec.decode(bytes))
        .isInstanceOf(UndecodableRecordException.class)
        .hasMessageContaining("esquema desconhecido");
  }

  @Test
  void refusesATruncatedBody() {
    byte[] bytes = codec.encode(incidentReported("e-Docs"));

    assertThatThrownBy(() -> codec.decode(Arrays.copyOf(bytes, 14)))
        .isInstanceOf(UndecodableRecordException.class);
  }

  @Test
  void refusesARecordOfAnotherTypeThanExpected() {
    byte[] bytes = codec.encode(incidentReported("e-Docs"));

    assertThatThrownBy(() -> codec.decode(bytes, br.gov.es.prodest.npi007.avro.command.CommandResult.class))
        .isInstanceOf(UndecodableRecordException.class)
        .hasMessageContaining("CommandResult");
  }

  private static IncidentReported incidentReported(String component) {
    return IncidentReported.newBuilder()
        .setEnvelope(envelope("7d3e6f10-0000-4000-8000-000000000002"))
        .setComponent(component)
        .setOrgan("SESA")
        .setDescription("Não abre a tela de login")
        .setSource(ReportSource.WHATSAPP_GROUP)
        .setReportedBy("Maria da Penha")
        .build();
  }

  /** The envelope of the first event of an aggregate, with fixed ids and time. */
  static EventEnvelope envelope(String aggregateId) {
    return EventEnvelope.newBuilder()
        .setEventId("5f0c1d1e-0000-4000-8000-000000000001")
        .setAggregateId(aggregateId)
        .setSequence(1)
        .setOccurredAt(REPORTED_AT)
        .setActor(Actor.newBuilder().setUserId("notifier-sesa").setRole(Role.NOTIFIER).setOrgan("SESA").build())
        .setOrigin(Origin.API)
        .setCommandId("c0ffee00-0000-4000-8000-000000000003")
        .setCorrelationId("c0ffee00-0000-4000-8000-000000000003")
        .build();
  }

  /** IncidentReported as if its Actor had no organ yet: what an older release would have written. */
  private static Schema olderIncidentReportedWithoutActorOrgan(Schema current) {
    Schema envelope = current.getField("envelope").schema();
    Schema actor = envelope.getField("actor").schema();
    Schema olderActor = withField(actor, "organ", null);
    return withField(current, "envelope", withField(envelope, "actor", olderActor));
  }

  /** A copy of a record schema with one field's schema replaced, or the field dropped (null). */
  private static Schema withField(Schema record, String name, Schema replacement) {
    List<Schema.Field> fields = new ArrayList<>();
    for (Schema.Field field : record.getFields()) {
      if (!field.name().equals(name)) {
        fields.add(new Schema.Field(field, field.schema()));
      } else if (replacement != null) {
        fields.add(new Schema.Field(field, replacement));
      }
    }
    return Schema.createRecord(record.getName(), record.getDoc(), record.getNamespace(), false, fields);
  }

  private static GenericRecord olderRecord(Schema older) {
    Schema envelopeSchema = older.getField("envelope").schema();
    Schema actorSchema = envelopeSchema.getField("actor").schema();
    GenericRecord actor = new GenericData.Record(actorSchema);
    actor.put("userId", "team");
    actor.put("role", new GenericData.EnumSymbol(actorSchema.getField("role").schema(), "TEAM"));
    GenericRecord envelope = new GenericData.Record(envelopeSchema);
    Map.of("eventId", "e1", "aggregateId", "i1", "commandId", "c1", "correlationId", "c1")
        .forEach(envelope::put);
    envelope.put("sequence", 1L);
    envelope.put("occurredAt", REPORTED_AT.toEpochMilli());
    envelope.put("actor", actor);
    envelope.put("origin", new GenericData.EnumSymbol(envelopeSchema.getField("origin").schema(), "API"));
    GenericRecord record = new GenericData.Record(older);
    record.put("envelope", envelope);
    record.put("component", "e-Docs");
    record.put("organ", "PRODEST");
    record.put("description", "Alerta de disponibilidade");
    record.put("source", new GenericData.EnumSymbol(older.getField("source").schema(), "MONITORING"));
    record.put("reportedBy", "alertmanager");
    return record;
  }
}
