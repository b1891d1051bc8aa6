package br.gov.es.prodest.npi007.incident;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The service's top-level packages depend on each other in one direction only: no cycle between them. */
@AnalyzeClasses(packages = "br.gov.es.prodest.npi007.incident", importOptions = ImportOption.DoNotIncludeTests.class)
class FeatureSlicesTest {

  @ArchTest
  static final ArchRule top_level_packages_are_free_of_cycles = slices()
      .matching("br.gov.es.prodest.npi007.incident.(*)..")
      .should().beFreeOfCycles();
}
