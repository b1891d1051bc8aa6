package br.gov.es.prodest.npi007.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityGateTest {

  private static final Schema RELEASED_V1 = new Schema.Parser().parse("""
      {"type": "record", "name": "SaLinked", "namespace": "test.gate", "fields": [
        {"name": "incidentId", "type": "string"},
        {"name": "saNumber", "type": "int"}
      ]}""");

  @Test
  void everyMessageSchemaIsCompatibleWithEveryReleasedVersion() {
    assertThat(SchemaCompatibilityGate.checkCatalogue()).isEmpty();
  }

  @Test
  void everyMessageSchemaIsReleased() {
    for (Class<?> type : Topics.recordTypes()) {
      Schema current = SpecificData.get().getSchema(type);
      assertThat(SchemaCompatibilityGate.isReleased(current, ReleasedSchemas.of(current.getFullName())))
          .as("%s changed without a release: run the release step of README, 'Changing a schema'", current.getFullName())
          .isTrue();
    }
  }

  @Test
  void refusesAFieldWhoseTypeChanged() {
    Schema changed = new Schema.Parser().parse("""
        {"type": "record", "name": "SaLinked", "namespace": "test.gate", "fields": [
          {"name": "incidentId", "type": "string"},
          {"name": "saNumber", "type": "string"}
        ]}""");

    List<SchemaCompatibilityGate.Violation> violations = SchemaCompatibilityGate.check(changed, List.of(RELEASED_V1));

    assertThat(violations).extracting(SchemaCompatibilityGate.Violation::direction)
        .anySatisfy(direction -> assertThat(direction).startsWith("backward"))
        .anySatisfy(direction -> assertThat(direction).startsWith("forward"));
    assertThat(violations).allSatisfy(violation -> assertThat(violation.detail()).contains("saNumber"));
  }

  @Test
  void refusesANewFieldWithoutDefault() {
    Schema changed = new Schema.Parser().parse("""
        {"type": "record", "name": "SaLinked", "namespace": "test.gate", "fields": [
          {"name": "incidentId", "type": "string"},
          {"name": "saNumber", "type": "int"},
          {"name": "organ", "type": "string"}
        ]}""");

    assertThat(SchemaCompatibilityGate.check(changed, List.of(RELEASED_V1)))
        .singleElement()
        .satisfies(violation -> {
          assertThat(violation.direction()).startsWith("backward");
          assertThat(violation.detail()).contains("organ");
        });
  }

  @Test
  void refusesRemovingAFieldThatOldReadersNeed() {
    Schema changed = new Schema.Parser().parse("""
        {"type": "record", "name": "SaLinked", "namespace": "test.gate", "fields": [
          {"name": "incidentId", "type": "string"}
        ]}""");

    assertThat(SchemaCompatibilityGate.check(changed, List.of(RELEASED_V1)))
        .singleElement()
        .satisfies(violation -> assertThat(violation.direction()).startsWith("forward"));
  }

  @Test
  void acceptsANewOptionalFieldWithDefault() {
    Schema changed = new Schema.Parser().parse("""
        {"type": "record", "name": "SaLinked", "namespace": "test.gate", "fields": [
          {"name": "incidentId", "type": "string"},
          {"name": "saNumber", "type": "int"},
          {"name": "organ", "type": ["null", "string"], "default": null}
        ]}""");

    assertThat(SchemaCompatibilityGate.check(changed, List.of(RELEASED_V1))).isEmpty();
    assertThat(SchemaCompatibilityGate.isReleased(changed, List.of(RELEASED_V1))).isFalse();
  }

  @Test
  void checksAgainstEveryReleasedVersionNotOnlyTheLatest() {
    Schema releasedV2 = new Schema.Parser().parse("""
        {"type": "record", "name": "SaLinked", "namespace": "test.gate", "fields": [
          {"name": "incidentId", "type": "string"},
          {"name": "saNumber", "type": "int"},
          {"name": "organ", "type": "string", "default": "PRODEST"}
        ]}""");
    Schema v3WithoutSaNumberDefault = new Schema.Parser().parse("""
        {"type": "record", "name": "SaLinked", "namespace": "test.gate", "fields": [
          {"name": "incidentId", "type": "string"},
          {"name": "organ", "type": "string", "default": "PRODEST"}
        ]}""");

    assertThat(SchemaCompatibilityGate.check(v3WithoutSaNumberDefault, List.of(RELEASED_V1, releasedV2)))
        .extracting(SchemaCompatibilityGate.Violation::releasedVersion)
        .containsExactlyInAnyOrder(1, 2);
  }
}
