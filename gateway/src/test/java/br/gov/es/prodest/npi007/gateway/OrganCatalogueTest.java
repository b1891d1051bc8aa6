package br.gov.es.prodest.npi007.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganCatalogueTest extends GatewayTestSupport {

  @Test
  void the_catalogue_ships_prodest_and_the_states_main_organs() {
    Response response = getAs("notifier-detran", "/api/v1/organs");

    assertThat(response.status()).isEqualTo(200);
    List<String> codes = new ArrayList<>();
    response.json().forEach(organ -> codes.add(organ.path("code").asString()));
    assertThat(codes).contains("PRODEST", "SESA", "SEDU", "SEFAZ", "SEGER", "SESP", "DETRAN");
  }

  @Test
  void one_organ_by_code_or_404() {
    Response prodest = getAs("integration", "/api/v1/organs/PRODEST");

    assertThat(prodest.json().path("name").asString())
        .isEqualTo("Instituto de Tecnologia da Informação e Comunicação do Estado do Espírito Santo");
    assertThat(prodest.json().path("emails").isArray()).isTrue();
    assertThat(getAs("team", "/api/v1/organs/SESA").json().path("name").asString())
        .isEqualTo("Secretaria de Estado da Saúde");
    getAs("team", "/api/v1/organs/XPTO").assertProblem(404, "ORGAN_NOT_FOUND");
  }
}
