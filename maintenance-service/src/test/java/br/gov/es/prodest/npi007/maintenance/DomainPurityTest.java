package br.gov.es.prodest.npi007.maintenance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain is plain Java: decisions never depend on a framework, a wire format or a clock of their own. */
@AnalyzeClasses(packages = "br.gov.es.prodest.npi007.maintenance", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainPurityTest {

  @ArchTest
  static final ArchRule domain_is_free_of_spring_kafka_and_avro = noClasses()
      .that().resideInAPackage("..domain..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.springframework..", "org.apache.kafka..", "org.apache.avro..", "br.gov.es.prodest.npi007.avro..");

  @ArchTest
  static final ArchRule domain_never_reads_the_clock = noClasses()
      .that().resideInAPackage("..domain..")
      .should().callMethod(java.time.Instant.class, "now")
      .orShould().callMethod(java.time.Clock.class, "systemUTC")
      .orShould().callMethod(java.util.UUID.class, "randomUUID");
}
