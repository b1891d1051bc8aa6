package br.gov.es.prodest.npi007.gateway.organ;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Built by Spring's constraint validator factory, so the catalogue is injected. */
public class KnownOrganValidator implements ConstraintValidator<KnownOrgan, String> {

  private final OrganCatalogue catalogue;

  public KnownOrganValidator(OrganCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  @Override
  public boolean isValid(String code, ConstraintValidatorContext context) {
    return code == null || code.isBlank() || catalogue.contains(code);
  }
}
