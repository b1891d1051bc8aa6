package br.gov.es.prodest.npi007.gateway.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

public class TimestampValidator implements ConstraintValidator<Timestamp, String> {

  /** The instant a valid value names. */
  public static Instant parse(String value) {
    return OffsetDateTime.parse(value.strip()).toInstant();
  }

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    if (value == null || value.isBlank()) {
      return true;
    }
    try {
      parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
