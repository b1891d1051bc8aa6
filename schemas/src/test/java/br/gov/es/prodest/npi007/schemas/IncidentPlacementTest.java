package br.gov.es.prodest.npi007.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class IncidentPlacementTest {

  private static final List<String> COMPONENTS = List.of("Sistema e-Docs", "Portal do Servidor", "SIGA",
      "Rede do Palácio Anchieta", "Correio eletrônico", "DETRAN | Habilitação", "", "   ");

  @Test
  void aTopicPlacesAKeyWhereTheProducersDefaultPartitionerPutsIt() {
    for (int i = 0; i < 500; i++) {
      String key = UUID.nameUUIDFromBytes(("chave-" + i).getBytes(StandardCharsets.UTF_8)).toString();
      assertThat(Topics.INCIDENT_COMMANDS.partitionOf(key)).isEqualTo(
          BuiltInPartitioner.partitionForKey(key.getBytes(StandardCharsets.UTF_8), Topics.INCIDENT_COMMANDS.partitions()));
    }
  }

  @Test
  void aNewIncidentLivesOnItsComponentsPartition() {
    for (String component : COMPONENTS) {
      for (int i = 0; i < 50; i++) {
        String id = IncidentPlacement.incidentId("relato-" + i, component);
        assertThat(IncidentPlacement.colocated(id, component)).as(component + " / " + id).isTrue();
        assertThat(Topics.INCIDENT_COMMANDS.partitionOf(id))
            .isEqualTo(Topics.INCIDENT_COMMANDS.partitionOf(ComponentKey.of(component)));
      }
    }
  }

  @Test
  void theSameSeedNamesTheSameIncidentAndSpellingsOfOneComponentShareIt() {
    String id = IncidentPlacement.incidentId("9a1c7a52-aviso-1", "Sistema e-Docs");

    assertThat(IncidentPlacement.incidentId("9a1c7a52-aviso-1", "Sistema e-Docs")).isEqualTo(id);
    assertThat(IncidentPlacement.partitionOfComponent("  SISTEMA   e-DOCS "))
        .isEqualTo(IncidentPlacement.partitionOfComponent("Sistema e-Docs"));
    assertThat(IncidentPlacement.incidentId("9a1c7a52-aviso-2", "Sistema e-Docs")).isNotEqualTo(id);
    assertThat(UUID.fromString(id)).isNotNull();
  }

  @Test
  void anIdChosenElsewhereIsColocatedOnlyByChance() {
    long colocated = java.util.stream.IntStream.range(0, 600)
        .mapToObj(i -> UUID.nameUUIDFromBytes(("aleatorio-" + i).getBytes(StandardCharsets.UTF_8)).toString())
        .filter(id -> IncidentPlacement.colocated(id, "Sistema e-Docs"))
        .count();
    assertThat(colocated).isBetween(40L, 200L);
  }
}
