package br.gov.es.prodest.npi007.gateway.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Arrays;
import java.util.List;

public class EnumNameValidator implements ConstraintValidator<EnumName, String> {

  private List<String> names;
  private String message;

  @Override
  public void initialize(EnumName constraint) {
    names = Arrays.stream(constraint.value().getEnumConstants()).map(Enum::name).toList();
    message = constraint.message().isEmpty() ? "deve ser um de: " + String.join(", ", names) : constraint.message();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || value.isBlank() || names.contains(value)) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
    return false;
  }
}
