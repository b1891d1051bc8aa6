package br.gov.es.prodest.npi007.gateway.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The string is an ISO-8601 / RFC 3339 date-time with an offset, e.g. {@code 2025-03-10T12:00:00Z}
 * or {@code 2025-03-10T09:00:00.123456789-03:00} (null is left to {@code @NotBlank}). Request
 * fields stay strings so that a bad time is reported as an invalid field, not as bad JSON.
 */
@Documented
@Constraint(validatedBy = TimestampValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Timestamp {

  String message() default "deve ser uma data e hora ISO-8601 com fuso, como 2025-03-10T12:00:00Z";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
