package br.gov.es.prodest.npi007.aggregate;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The kernel every domain builds on is plain Java, as the domains are (STYLE.md 2). */
@AnalyzeClasses(packages = "br.gov.es.prodest.npi007.aggregate", importOptions = ImportOption.DoNotIncludeTests.class)
class KernelPurityTest {

  @ArchTest
  static final ArchRule kernel_is_free_of_spring_kafka_and_avro = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage(
          "org.springframework..", "org.apache.kafka..", "org.apache.avro..", "br.gov.es.prodest.npi007.avro..",
          "br.gov.es.prodest.npi007.processing..", "br.gov.es.prodest.npi007.schemas..");
}
