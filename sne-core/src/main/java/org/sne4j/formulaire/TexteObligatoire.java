package org.sne4j.formulaire;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is given: not {@code null} and not blank in the sense of {@link
 * String#isBlank()}, the very test of the domain records, so that a text the form accepts is never
 * refused by them.
 *
 * <p>Enforced by {@link ValidateurFormulaire}; default code {@code champ.obligatoire}.
 */
@Documented
@Constraint(validatedBy = ValidateursChamps.TexteObligatoireValidator.class)
@Target({FIELD, METHOD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface TexteObligatoire {

  /** The message key; its last part is the violation's code. */
  String message() default "{sne.champ.obligatoire}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
