package br.gov.es.prodest.npi007.gateway.organ;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The value is the code of an organ of the catalogue (null is left to {@code @NotBlank}). */
@Documented
@Constraint(validatedBy = KnownOrganValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface KnownOrgan {

  String message() default "não é o código de um órgão do catálogo (veja GET /api/v1/organs)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
