package br.gov.es.prodest.npi007.notification.message.adapter.organ;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shipped catalogue gives 6.6 the organ's name. */
class OrganCatalogueTest {

  private static final OrganCatalogue SHIPPED = OrganCatalogue.shipped();

  @Test
  void namesTheStatesOrgansByCodeRegardlessOfCase() {
    assertThat(SHIPPED.nameOf("SESA")).contains("Secretaria de Estado da Saúde");
    assertThat(SHIPPED.nameOf(" detran ")).contains("Departamento Estadual de Trânsito do Espírito Santo");
  }

  @Test
  void knowsNothingOfAnUnknownCode() {
    assertThat(SHIPPED.nameOf("SEMOB")).isEmpty();
  }
}
