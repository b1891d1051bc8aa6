package br.gov.es.prodest.npi007.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComponentSlugTest {

  @Test
  void aNameReducesToLowerCaseAsciiWithSingleHyphens() {
    assertThat(ComponentSlug.of("Sistema e-Docs")).hasValue("sistema-e-docs");
    assertThat(ComponentSlug.of("  Portal do Servidor (SEGER) ")).hasValue("portal-do-servidor-seger");
    assertThat(ComponentSlug.of("Emissão de Certidões — DETRAN")).hasValue("emissao-de-certidoes-detran");
  }

  @Test
  void namesPeopleWriteDifferentlyMeetOnOneSlug() {
    assertThat(ComponentSlug.of("SISTEMA E-DOCS")).isEqualTo(ComponentSlug.of("sistema  e docs"));
  }

  @Test
  void aNameWithoutLettersOrDigitsHasNoSlug() {
    assertThat(ComponentSlug.of(" -- ")).isEmpty();
    assertThat(ComponentSlug.of(null)).isEmpty();
  }

  @Test
  void aLongNameIsCutWithoutATrailingHyphen() {
    String slug = ComponentSlug.of("a".repeat(63) + " b c").orElseThrow();
    assertThat(slug).hasSizeLessThanOrEqualTo(ComponentSlug.MAX_LENGTH);
    assertThat(ComponentSlug.isValid(slug)).isTrue();
  }

  @Test
  void theCatalogueAcceptsOnlyWellFormedSlugs() {
    assertThat(ComponentSlug.isValid("sistema-e-docs")).isTrue();
    assertThat(ComponentSlug.isValid("Sistema")).isFalse();
    assertThat(ComponentSlug.isValid("-docs")).isFalse();
    assertThat(ComponentSlug.isValid("e--docs")).isFalse();
    assertThat(ComponentSlug.isValid("")).isFalse();
  }
}
