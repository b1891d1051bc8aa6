package br.gov.es.prodest.npi007.notification;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The domain is plain Java: no framework, no broker, no wire format. It may read the catalogue of
 * the norm's messages ({@code schemas.norm}, plain Java), not the rest of {@code schemas}.
 */
@AnalyzeClasses(packages = "br.gov.es.prodest.npi007.notification", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

  @ArchTest
  static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("..domain..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.springframework..", "org.apache.kafka..", "org.apache.avro..",
          "br.gov.es.prodest.npi007.avro..", "br.gov.es.prodest.npi007.schemas");
}
