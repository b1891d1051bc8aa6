package br.gov.es.prodest.npi007.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MaintenancePlacementTest {

  @Test
  void everyMaintenanceOfOneComponentIsDecidedOnTheComponentsPartition_howeverItIsSpelt() {
    for (String component : List.of("Sistema e-Docs", "  SISTEMA   e-DOCS ", "Rede do Palácio Anchieta", "SIGA")) {
      for (int i = 0; i < 50; i++) {
        String id = MaintenancePlacement.maintenanceId("manutencao-" + i, component);
        assertThat(Topics.MAINTENANCE_COMMANDS.partitionOf(id)).as(component + " / " + id)
            .isEqualTo(Topics.MAINTENANCE_COMMANDS.partitionOf(ComponentKey.of(component)));
      }
    }
    assertThat(MaintenancePlacement.partitionOfComponent("  SISTEMA   e-DOCS "))
        .isEqualTo(MaintenancePlacement.partitionOfComponent("Sistema e-Docs"));
  }

  @Test
  void theSameSeedNamesTheSameMaintenance_anotherSeedAnother() {
    String id = MaintenancePlacement.maintenanceId("7f3e-janela-1", "Sistema e-Docs");

    assertThat(MaintenancePlacement.maintenanceId("7f3e-janela-1", "Sistema e-Docs")).isEqualTo(id);
    assertThat(MaintenancePlacement.maintenanceId("7f3e-janela-2", "Sistema e-Docs")).isNotEqualTo(id);
    assertThat(UUID.fromString(id)).isNotNull();
  }
}
